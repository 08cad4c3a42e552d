"use server";

import { revalidatePath } from "next/cache";
import { AssignBlocRoleInputSchema, UpdateBlocInputSchema } from "@/lib/schemas/setup";
import type { CreateAccountFormState } from "@/lib/server/accounts/account-form-state";
import { assignBlocRole } from "@/lib/server/setup/assign-bloc-role";
import { expectedFailure } from "@/lib/server/errors";
import { invalid } from "@/lib/server/form-state";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";
import { updateBloc } from "@/lib/server/setup/update-bloc";

export async function updateBlocAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = UpdateBlocInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  try {
    await updateBloc(parsed.data);
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    // A stale save shows the current data (the typed values are dropped), so the user sees what changed.
    if (e.code === "CONFLICT") {
      revalidatePath("/khoi/[bloc]/[year]", "layout");
      return { ok: false, message: e.message };
    }
    return keepValues({ ok: false, message: e.message, fieldErrors: e.fieldErrors }, formData);
  }
  revalidatePath("/khoi/[bloc]/[year]", "layout");
  return { ok: true, message: "Đã lưu thông tin khối." };
}

/** Council staff name the bloc's secretary, chair or an observer; a new account's temporary password comes back once. */
export async function assignBlocRoleAction(_prev: CreateAccountFormState, formData: FormData): Promise<CreateAccountFormState> {
  const parsed = AssignBlocRoleInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  try {
    const done = await assignBlocRole(parsed.data);
    revalidatePath("/khoi/[bloc]/[year]", "layout");
    return {
      ok: true,
      message: `Đã giao vai trò cho ${done.name} (${done.email}).`,
      created: done.temporaryPassword ? { userId: done.userId, name: done.name, email: done.email, temporaryPassword: done.temporaryPassword } : undefined,
    };
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    return keepValues({ ok: false, message: e.message, fieldErrors: e.fieldErrors }, formData);
  }
}
