"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AccountField, RequiredNote } from "./account-field";
import { NewPasswordFields } from "./new-password-fields";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * The change-password form, for the voluntary change ("Tài khoản của tôi")
 * and the forced change of a temporary password. Passwords are never sent
 * back: after a refusal the fields are empty and the messages say why.
 */
export function ChangePasswordForm({
  action,
  email,
  currentLabel = "Mật khẩu hiện tại",
  submitText = "Đổi mật khẩu",
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** For password managers: the account the new password belongs to. */
  email: string;
  currentLabel?: string;
  submitText?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return (
    <form action={formAction} className="grid max-w-md gap-4" noValidate>
      <RequiredNote />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <AccountField scope="pw" name="currentPassword" label={currentLabel} required errors={errors("currentPassword")}>
        {(p) => <input {...p} type="password" autoComplete="current-password" maxLength={200} className={inputClass} />}
      </AccountField>
      <NewPasswordFields scope="pw" errors={errors} />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingText="Đang đổi mật khẩu…">{submitText}</SubmitButton>
      </div>
    </form>
  );
}
