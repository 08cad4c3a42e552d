"use server";

import { redirect } from "next/navigation";
import { ChangePasswordInputSchema } from "@/lib/schemas/account-self";
import { changePassword } from "@/lib/server/accounts/change-password";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { formInput } from "@/lib/server/setup/form-values";

/** The forced change of a temporary password; on success the user goes on to their work ("/"). */
export async function changeTemporaryPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = ChangePasswordInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => changePassword(parsed.data));
  if (state?.ok) redirect("/");
  return state;
}
