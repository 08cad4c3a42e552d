"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { AwardFormInputSchema, CopyAwardFormsInputSchema, DeleteAwardFormInputSchema } from "@/lib/schemas/awards";
import { copyAwardFormsFromLastYear } from "@/lib/server/awards/copy-award-forms-from-last-year";
import { deleteAwardForm } from "@/lib/server/awards/delete-award-form";
import { saveAwardForm } from "@/lib/server/awards/save-award-form";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

/** Read again after a success; `stamp` remounts the forms on every answer. */
const answer = (prev: ActionState): ActionOptions => ({ revalidate: ["/(app)/khoi/[bloc]/[year]/khen-thuong/layout"], refresh: "success", stamp: prev });

/** "Thêm hình thức" / "Lưu hình thức". */
export async function saveAwardFormAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AwardFormInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  const success = parsed.data.awardFormId ? "Đã lưu hình thức khen thưởng." : "Đã thêm hình thức khen thưởng.";
  return runAction(() => saveAwardForm(parsed.data), { ...answer(prev), echo: formData, success });
}

export async function deleteAwardFormAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = DeleteAwardFormInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => deleteAwardForm(parsed.data, step), { step: stepOf(formData), ...answer(prev), success: "Đã xóa hình thức khen thưởng." });
}

export async function copyAwardFormsAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CopyAwardFormsInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => copyAwardFormsFromLastYear(parsed.data, step), {
    step: stepOf(formData),
    ...answer(prev),
    success: "Đã sao chép danh mục năm trước.",
  });
}
