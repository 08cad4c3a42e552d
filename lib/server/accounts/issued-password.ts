import type { SetupFormState } from "@/lib/server/setup/form-values";

/**
 * What the accounts forms get back from their actions. A temporary password
 * or a reset link travels only in this answer, to the staff member who asked:
 * it is shown once and never stored in clear (docs/decisions/0003-role-model.md).
 * Pure types: the client components import them as types only.
 */
export interface IssuedPassword {
  userId: string;
  name: string;
  email: string;
  temporaryPassword: string;
}

export type CreateAccountFormState = (Exclude<SetupFormState, null> & { created?: IssuedPassword }) | null;

export type ImportAccountsFormState = (Exclude<SetupFormState, null> & { imported?: IssuedPassword[] }) | null;

export type ResetLinkFormState = (Exclude<SetupFormState, null> & { link?: { url: string; expiresAt: string; emailed: boolean } }) | null;
