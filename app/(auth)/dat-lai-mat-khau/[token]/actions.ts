"use server";

import { redirect } from "next/navigation";
import { ResetPasswordInputSchema } from "@/lib/schemas/account-self";
import { resetPasswordWithToken } from "@/lib/server/accounts/reset-password-with-token";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { formInput } from "@/lib/server/setup/form-values";

/** Sets the new password through the link, then on to signing in with it. */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = ResetPasswordInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => resetPasswordWithToken(parsed.data));
  if (state?.ok) redirect("/dat-lai-mat-khau/thanh-cong");
  return state;
}
