"use server";

import { revalidatePath } from "next/cache";
import { AgencyChangeFieldsSchema } from "@/lib/schemas/agency-change";
import { CreateAgencyInputSchema, UpdateAgencyInputSchema } from "@/lib/schemas/agency-register";
import { createRegisterAgency } from "@/lib/server/agency-register/create-register-agency";
import { recordRegisterChange } from "@/lib/server/agency-register/record-register-change";
import { updateRegisterAgency } from "@/lib/server/agency-register/update-register-agency";
import { invalid, runAction } from "@/lib/server/form-state";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";

const refreshRegister = () => revalidatePath("/quan-tri/co-quan", "layout");

export async function createAgencyAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = CreateAgencyInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => createRegisterAgency(parsed.data), `Đã thêm ${parsed.data.name} vào danh sách.`);
  if (state?.ok) refreshRegister();
  return keepValues(state, formData);
}

export async function updateAgencyAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = UpdateAgencyInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => updateRegisterAgency(parsed.data), "Đã lưu thông tin cơ quan.");
  // Agency names show on bloc pages too.
  if (state?.ok) revalidatePath("/", "layout");
  return keepValues(state, formData);
}

export async function recordRegisterChangeAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = AgencyChangeFieldsSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => recordRegisterChange(parsed.data), "Đã ghi nhận thay đổi; danh sách thành viên của các khối có cơ quan này đã được cập nhật.");
  // The members of every bloc the agency belonged to changed as well.
  if (state?.ok) revalidatePath("/", "layout");
  return keepValues(state, formData);
}
