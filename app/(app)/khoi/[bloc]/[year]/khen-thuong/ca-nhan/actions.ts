"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { stepOf } from "@/lib/forms/step";
import { formFields } from "@/lib/forms/form-fields";
import { EditPersonInputSchema, ImportPeopleInputSchema, importPeopleFormFields, MergePeopleInputSchema, personFormFields } from "@/lib/schemas/people";
import { editPerson } from "@/lib/server/people/edit-person";
import { mergePeople } from "@/lib/server/people/merge-people";
import { importPeople } from "@/lib/server/people/import-people";
import { invalid, runAction } from "@/lib/server/run-action";

/** "Nhập từ tệp .xlsx": checked first (every row), then written once confirmed. */
export async function importPeopleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ImportPeopleInputSchema.safeParse(importPeopleFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => importPeople(parsed.data, step), {
    step: stepOf(formData),
    revalidate: ["/(app)/khoi/[bloc]/[year]/khen-thuong/layout"],
    refresh: "success",
    success: (r) =>
      `Đã ghi ${r.records} năm danh hiệu, hình thức${r.people ? `, tạo ${r.people} người mới` : ""}${r.alreadyThere ? `; ${r.alreadyThere} dòng đã có từ trước được giữ nguyên` : ""}.`,
  });
}

/** "Lưu thông tin cá nhân": name, birth year and where they worked. */
export async function editPersonAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = EditPersonInputSchema.safeParse(personFormFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction(() => editPerson(parsed.data), {
    revalidate: ["/(app)/khoi/[bloc]/[year]/khen-thuong/layout"],
    refresh: "success-or-conflict",
    stamp: prev,
    echo: formData,
    success: "Đã lưu thông tin cá nhân.",
  });
}

/** "Gộp hồ sơ trùng" (confirmed). */
export async function mergePeopleAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = MergePeopleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction((step) => mergePeople(parsed.data, step), {
    step: stepOf(formData),
    revalidate: ["/(app)/khoi/[bloc]/[year]/khen-thuong/layout"],
    refresh: "success-or-conflict",
    stamp: prev,
    echo: formData,
    success: "Đã gộp hai hồ sơ.",
  });
}
