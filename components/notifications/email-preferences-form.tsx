"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { NotificationKind } from "@/lib/domain/notifications";
import type { ActionState } from "@/lib/forms/action-state";

/** One checkbox per kind of notification: ticked = also sent by e-mail. Every notification stays in the inbox. */
export function EmailPreferencesForm({
  action,
  choices,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  choices: { kind: NotificationKind; label: string; email: boolean }[];
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="grid gap-4">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Gửi thêm qua e-mail các thông báo:</legend>
        <ul className="grid gap-2 sm:grid-cols-2">
          {choices.map((c) => (
            <li key={c.kind}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="emailKinds" value={c.kind} defaultChecked={c.email} className="mt-0.5 h-4 w-4" />
                <span>{c.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton>Lưu lựa chọn e-mail</SubmitButton>
      </div>
    </form>
  );
}
