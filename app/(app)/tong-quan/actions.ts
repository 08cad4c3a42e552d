"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { CoCpCapInputSchema } from "@/lib/schemas/overview";
import { saveCoCpCap } from "@/lib/server/overview/save-co-cp-cap";
import { invalid, runAction } from "@/lib/server/run-action";

/** A stale save shows the current setting (the typed values are dropped). */
export async function saveCoCpCapAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CoCpCapInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveCoCpCap(parsed.data), {
    revalidate: ["/(app)/tong-quan/page"],
    refresh: "success-or-conflict",
    echo: formData,
    success: `Đã lưu chỉ tiêu Cờ thi đua của Chính phủ năm ${parsed.data.year}.`,
  });
}
