"use server";

import { revalidatePath } from "next/cache";
import { DeleteOfficerTermInputSchema, OfficerTermInputSchema } from "@/lib/schemas/setup";
import { invalid, runAction } from "@/lib/server/form-state";
import { deleteOfficerTerm } from "@/lib/server/setup/delete-officer-term";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";
import { saveOfficerTerm } from "@/lib/server/setup/save-officer-term";

const refresh = () => revalidatePath("/khoi/[bloc]/[year]", "layout");

export async function saveOfficerTermAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = OfficerTermInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => saveOfficerTerm(parsed.data), parsed.data.id ? "Đã lưu nhiệm kỳ." : "Đã ghi nhận nhiệm kỳ.");
  if (state?.ok) refresh();
  return keepValues(state, formData);
}

export async function deleteOfficerTermAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = DeleteOfficerTermInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => deleteOfficerTerm(parsed.data.id), "Đã xóa nhiệm kỳ.");
  if (state?.ok) refresh();
  return state;
}
