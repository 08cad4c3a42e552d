"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** "Đánh dấu đã đọc" for one notification; the label names it, for a screen reader's list of buttons. */
export function MarkReadForm({ action, notificationId, about }: { action: Action; notificationId: string; about: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={`Đánh dấu đã đọc: ${about}`} className="shrink-0">
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary" pendingText="Đang đánh dấu…">
        Đánh dấu đã đọc
      </SubmitButton>
      {state && !state.ok && <FormMessage state={state} />}
    </form>
  );
}

/** Marks every unread notification read. */
export function MarkAllReadForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingText="Đang đánh dấu…">
        Đánh dấu tất cả là đã đọc
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
