"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { ProgressInputSchema, progressFormFields } from "@/lib/schemas/progress";
import { saveProgress } from "@/lib/server/progress/save-progress";
import { invalid, runAction } from "@/lib/server/run-action";

export async function saveProgressAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ProgressInputSchema.safeParse(progressFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  // Also after a refusal: a stale form must show the data that is current now.
  return runAction(() => saveProgress(parsed.data), { revalidate: ["/(app)/khoi/[bloc]/[year]/dang-ky/so-ket/page"], success: "Đã lưu tiến độ." });
}
