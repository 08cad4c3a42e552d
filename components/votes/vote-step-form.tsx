"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";

type State = ActionState;

/** One chair's step on a vote ("Mở bỏ phiếu", "Đóng bỏ phiếu", "Tạo vòng bỏ phiếu lại"), confirmed first. */
export function VoteStepForm({
  action,
  voteId,
  label,
  title,
  description,
  confirmText,
}: {
  action: (prev: State, form: FormData) => Promise<State>;
  voteId: string;
  label: string;
  title: string;
  description: string;
  confirmText: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="voteId" value={voteId} />
      <FormMessage state={state} />
      <ConfirmSubmit state={state} formAction={formAction} title={title} description={description} confirmText={confirmText} variant="primary">
        {label}
      </ConfirmSubmit>
    </form>
  );
}
