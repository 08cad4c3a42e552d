"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { ChangePasswordInputSchema } from "@/lib/schemas/account-self";
import { changePassword } from "@/lib/server/accounts/change-password";
import { invalid, runAction } from "@/lib/server/run-action";

/** The forced change of a temporary password; on success the user goes on to their work ("/"). */
export async function changeTemporaryPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ChangePasswordInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => changePassword(parsed.data), { redirect: () => "/" });
}
