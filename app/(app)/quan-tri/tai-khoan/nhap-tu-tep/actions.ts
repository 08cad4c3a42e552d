"use server";

import { revalidatePath } from "next/cache";
import { ImportAccountsInputSchema, importAccountsFormFields } from "@/lib/schemas/accounts";
import type { ImportAccountsFormState, IssuedPassword } from "@/lib/server/accounts/account-form-state";
import { importAccounts } from "@/lib/server/accounts/import-accounts";
import { invalid, runAction } from "@/lib/server/form-state";

/** Imports the file; the temporary passwords go back in this answer only, to be shown once. */
export async function importAccountsAction(_prev: ImportAccountsFormState, formData: FormData): Promise<ImportAccountsFormState> {
  const parsed = ImportAccountsInputSchema.safeParse(importAccountsFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  let imported: IssuedPassword[] = [];
  const state = await runAction(async () => {
    imported = (await importAccounts(parsed.data)).accounts;
  });
  if (!state?.ok) return state;
  revalidatePath("/quan-tri/tai-khoan");
  return { ok: true, message: `Đã tạo ${imported.length} tài khoản.`, imported };
}
