/**
 * What the accounts forms get back on success, beside the message (lib/forms/action-state's
 * `Extra`). A temporary password or a reset link travels only in this answer, to the staff
 * member who asked: it is shown once and never stored in clear (docs/decisions/0003-role-model.md).
 * Pure types: the client components import them as types only.
 */
export interface IssuedPassword {
  userId: string;
  name: string;
  email: string;
  temporaryPassword: string;
}

export interface ResetLink {
  url: string;
  expiresAt: string;
  emailed: boolean;
}
