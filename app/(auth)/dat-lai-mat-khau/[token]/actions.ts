"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { ResetPasswordInputSchema } from "@/lib/schemas/account-self";
import { resetPasswordWithToken } from "@/lib/server/accounts/reset-password-with-token";
import { invalid, runAction } from "@/lib/server/run-action";

/** Sets the new password through the link, then on to signing in with it. */
export async function resetPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ResetPasswordInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => resetPasswordWithToken(parsed.data), { redirect: () => "/dat-lai-mat-khau/thanh-cong" });
}
