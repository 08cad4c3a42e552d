"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { RequiredNote } from "./account-field";
import { NewPasswordFields } from "./new-password-fields";
import type { ActionState } from "@/lib/forms/action-state";

/** The new-password form behind a reset link; the token travels back in a hidden field. */
export function ResetPasswordForm({ action, token }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; token: string }) {
  const [state, formAction] = useActionState(action, null);
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return (
    <form action={formAction} className="mt-6 grid gap-4" noValidate>
      <RequiredNote />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields scope="reset" errors={errors} />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingText="Đang đặt mật khẩu…">Đặt mật khẩu mới</SubmitButton>
      </div>
    </form>
  );
}
