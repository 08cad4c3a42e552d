"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { stepOf } from "@/lib/forms/step";
import { DisposeFilesInputSchema, SaveRetentionInputSchema } from "@/lib/schemas/retention";
import { disposeExpiredFiles } from "@/lib/server/retention/dispose-expired-files";
import { saveRetentionSettings } from "@/lib/server/retention/save-retention-settings";
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

export async function saveRetentionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveRetentionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveRetentionSettings(parsed.data), {
    revalidate: ["/(app)/quan-tri/luu-tru/page"],
    echo: formData,
    success: "Đã lưu thời hạn lưu trữ.",
  });
}
