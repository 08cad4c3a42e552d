"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { AssignBlocRoleInputSchema, UpdateBlocInputSchema } from "@/lib/schemas/setup";
import type { IssuedPassword } from "@/lib/server/accounts/issued-password";
import { invalid, runAction } from "@/lib/server/run-action";
import { assignBlocRole } from "@/lib/server/setup/assign-bloc-role";
import { updateBloc } from "@/lib/server/setup/update-bloc";

/** The answer carries the temporary password, shown once. */
type Created = ActionState<{ created: IssuedPassword }>;

const revalidate = ["/(app)/khoi/[bloc]/[year]/layout"];

/** A stale save shows the current data (the typed values are dropped), so the user sees what changed. */
export async function updateBlocAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = UpdateBlocInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => updateBloc(parsed.data), { revalidate, refresh: "success-or-conflict", echo: formData, success: "Đã lưu thông tin khối." });
}

/** Council staff name the bloc's secretary, chair or an observer; a new account's temporary password comes back once. */
export async function assignBlocRoleAction(_prev: Created, formData: FormData): Promise<Created> {
  const parsed = AssignBlocRoleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => assignBlocRole(parsed.data), {
    revalidate,
    refresh: "success",
    echo: formData,
    success: (done) => `Đã giao vai trò cho ${done.name} (${done.email}).`,
    data: (done) => ({
      created: done.temporaryPassword ? { userId: done.userId, name: done.name, email: done.email, temporaryPassword: done.temporaryPassword } : undefined,
    }),
  });
}
