"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { stepOf } from "@/lib/forms/step";
import {
  AdvanceRoleModelInputSchema,
  CreateRoleModelInputSchema,
  EditRoleModelInputSchema,
  RemoveRoleModelInputSchema,
  roleModelFormFields,
} from "@/lib/schemas/role-models";
import { advanceRoleModel } from "@/lib/server/role-models/advance-role-model";
import { createRoleModel } from "@/lib/server/role-models/create-role-model";
import { editRoleModel } from "@/lib/server/role-models/edit-role-model";
import { removeRoleModel } from "@/lib/server/role-models/remove-role-model";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";

const answer = (prev: ActionState): ActionOptions => ({
  revalidate: ["/(app)/khoi/[bloc]/[year]/khen-thuong/layout"],
  refresh: "success-or-conflict",
  stamp: prev,
});

/** "Thêm điển hình". */
export async function createRoleModelAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateRoleModelInputSchema.safeParse(roleModelFormFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction(() => createRoleModel(parsed.data), { ...answer(prev), echo: formData, success: "Đã thêm điển hình (khâu Phát hiện)." });
}

/** "Chuyển sang khâu …" (confirmed). */
export async function advanceRoleModelAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AdvanceRoleModelInputSchema.safeParse(roleModelFormFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction((step) => advanceRoleModel(parsed.data, step), { step: stepOf(formData), ...answer(prev), echo: formData, success: "Đã chuyển khâu." });
}

/** "Lưu thay đổi" of an entry. */
export async function editRoleModelAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = EditRoleModelInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction(() => editRoleModel(parsed.data), { ...answer(prev), echo: formData, success: "Đã lưu thay đổi của điển hình." });
}

/** "Xóa điển hình" (confirmed). */
export async function removeRoleModelAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = RemoveRoleModelInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { stamp: prev });
  return runAction((step) => removeRoleModel(parsed.data, step), { step: stepOf(formData), ...answer(prev), success: "Đã xóa điển hình khỏi sổ." });
}
