"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { AgencyChangeFieldsSchema } from "@/lib/schemas/agency-change";
import { CreateAgencyInputSchema, UpdateAgencyInputSchema } from "@/lib/schemas/agency-register";
import { createRegisterAgency } from "@/lib/server/agency-register/create-register-agency";
import { recordRegisterChange } from "@/lib/server/agency-register/record-register-change";
import { updateRegisterAgency } from "@/lib/server/agency-register/update-register-agency";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

export async function createAgencyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateAgencyInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => createRegisterAgency(parsed.data), {
    revalidate: ["/(app)/quan-tri/co-quan/layout"],
    refresh: "success",
    echo: formData,
    success: `Đã thêm ${parsed.data.name} vào danh sách.`,
  });
}

/** Agency names show on bloc pages too. */
export async function updateAgencyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = UpdateAgencyInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => updateRegisterAgency(parsed.data), {
    revalidate: ["/layout"],
    refresh: "success",
    echo: formData,
    success: "Đã lưu thông tin cơ quan.",
  });
}

/** The members of every bloc the agency belonged to changed as well. */
export async function recordRegisterChangeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AgencyChangeFieldsSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction((step) => recordRegisterChange(parsed.data, step), {
    step: stepOf(formData),
    revalidate: ["/layout"],
    refresh: "success",
    echo: formData,
    success: "Đã ghi nhận thay đổi; danh sách thành viên của các khối có cơ quan này đã được cập nhật.",
  });
}
