"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { SaveKeyTasksInputSchema, SaveProgrammeInputSchema } from "@/lib/schemas/calendar";
import { saveKeyTasks } from "@/lib/server/cycles/save-key-tasks";
import { saveProgramme } from "@/lib/server/cycles/save-programme";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";

// The theme also shows on the dashboard and the set-up overview.
const reread: ActionOptions = { revalidate: ["/(app)/khoi/[bloc]/[year]/layout"], refresh: "success-or-conflict" };

export async function saveProgrammeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveProgrammeInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveProgramme(parsed.data), { ...reread, echo: formData, success: "Đã lưu chương trình thi đua của năm." });
}

export async function saveKeyTasksAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveKeyTasksInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveKeyTasks(parsed.data), { ...reread, echo: formData, success: "Đã lưu nhiệm vụ trọng tâm." });
}
