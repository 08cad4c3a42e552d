"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { stepOf } from "@/lib/forms/step";
import { DisposeFilesInputSchema } from "@/lib/schemas/retention";
import { disposeExpiredFiles } from "@/lib/server/retention/dispose-expired-files";
import { invalid, runAction } from "@/lib/server/run-action";

export async function disposeFilesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = DisposeFilesInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction((step) => disposeExpiredFiles(parsed.data, step), {
    step: stepOf(formData),
    revalidate: ["/(app)/quan-tri/luu-tru/page"],
    refresh: "always",
    echo: formData,
    success: (r) => `Đã hủy ${r.count} tệp và lập biên bản hủy.`,
  });
}
