"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { CreateAccountFormSchema } from "@/lib/schemas/accounts";
import { createAccount } from "@/lib/server/accounts/create-account";
import type { IssuedPassword } from "@/lib/server/accounts/issued-password";
import { invalid, runAction } from "@/lib/server/run-action";

/** The answer carries the temporary password, shown once. */
type Created = ActionState<{ created: IssuedPassword }>;

/** Creates the account; its temporary password goes back in this answer only, to be shown once. */
export async function createAccountAction(_prev: Created, formData: FormData): Promise<Created> {
  const parsed = CreateAccountFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => createAccount(parsed.data), {
    revalidate: ["/(app)/quan-tri/tai-khoan/page"],
    refresh: "success",
    echo: formData,
    success: "Đã tạo tài khoản.",
    data: (created) => ({ created: { ...created, name: parsed.data.name, email: parsed.data.email } }),
  });
}
