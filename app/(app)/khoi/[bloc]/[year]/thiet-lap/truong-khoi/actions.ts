"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { DeleteOfficerTermInputSchema, OfficerTermInputSchema } from "@/lib/schemas/setup";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";
import { deleteOfficerTerm } from "@/lib/server/setup/delete-officer-term";
import { saveOfficerTerm } from "@/lib/server/setup/save-officer-term";
import { stepOf } from "@/lib/forms/step";

const reread: ActionOptions = { revalidate: ["/(app)/khoi/[bloc]/[year]/layout"], refresh: "success" };

export async function saveOfficerTermAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = OfficerTermInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveOfficerTerm(parsed.data), { ...reread, echo: formData, success: parsed.data.id ? "Đã lưu nhiệm kỳ." : "Đã ghi nhận nhiệm kỳ." });
}

export async function deleteOfficerTermAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = DeleteOfficerTermInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => deleteOfficerTerm(parsed.data.id, step), { step: stepOf(formData), ...reread, success: "Đã xóa nhiệm kỳ." });
}
