"use server";

import { revalidatePath } from "next/cache";
import { CreateAccountFormSchema } from "@/lib/schemas/accounts";
import type { CreateAccountFormState } from "@/lib/server/accounts/account-form-state";
import { createAccount } from "@/lib/server/accounts/create-account";
import { invalid, runAction } from "@/lib/server/form-state";
import { formInput, keepValues } from "@/lib/server/setup/form-values";

/** Creates the account; its temporary password goes back in this answer only, to be shown once. */
export async function createAccountAction(_prev: CreateAccountFormState, formData: FormData): Promise<CreateAccountFormState> {
  const parsed = CreateAccountFormSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  let created: { userId: string; temporaryPassword: string } | undefined;
  const state = await runAction(async () => {
    created = await createAccount(parsed.data);
  });
  if (!state?.ok || !created) return keepValues(state, formData);
  revalidatePath("/quan-tri/tai-khoan");
  return { ok: true, message: "Đã tạo tài khoản.", created: { ...created, name: parsed.data.name, email: parsed.data.email } };
}
