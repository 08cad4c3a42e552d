"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { ImportAccountsInputSchema, importAccountsFormFields } from "@/lib/schemas/accounts";
import { importAccounts } from "@/lib/server/accounts/import-accounts";
import type { IssuedPassword } from "@/lib/server/accounts/issued-password";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

/** The answer carries the temporary passwords, shown once. */
type Imported = ActionState<{ imported: IssuedPassword[] }>;

/** Imports the file; the temporary passwords go back in this answer only, to be shown once. */
export async function importAccountsAction(_prev: Imported, formData: FormData): Promise<Imported> {
  const parsed = ImportAccountsInputSchema.safeParse(importAccountsFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => importAccounts(parsed.data, step), {
    step: stepOf(formData),
    revalidate: ["/(app)/quan-tri/tai-khoan/page"],
    refresh: "success",
    success: ({ accounts }) => `Đã tạo ${accounts.length} tài khoản.`,
    data: ({ accounts }) => ({ imported: accounts }),
  });
}
