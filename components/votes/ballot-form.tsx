"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";

type State = ActionState;

/**
 * The secret ballot of one agency: radios when one choice is allowed (with "phiếu trắng"),
 * checkboxes otherwise. "Bỏ phiếu" opens the confirmation "Xác nhận bỏ phiếu". The form resets
 * after the action and nothing of the choice is shown back.
 */
export function BallotForm({
  action,
  voteId,
  agencyId,
  agencyName,
  candidates,
  maxChoices,
}: {
  action: (prev: State, form: FormData) => Promise<State>;
  voteId: string;
  agencyId: string;
  agencyName: string;
  candidates: { id: string; label: string }[];
  maxChoices: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const single = maxChoices === 1;
  return (
    <form action={formAction} className="space-y-3" aria-label={`Phiếu bầu của ${agencyName}`}>
      <input type="hidden" name="voteId" value={voteId} />
      <input type="hidden" name="agencyId" value={agencyId} />
      <FormMessage state={state} />
      <fieldset className="space-y-2 rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">
          Phiếu bầu của {agencyName} — {single ? "chọn một ứng viên" : `chọn tối đa ${maxChoices} ứng viên`}
        </legend>
        {candidates.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input type={single ? "radio" : "checkbox"} name="choices" value={c.id} />
            {c.label}
          </label>
        ))}
        {single && (
          <label className="flex items-center gap-2 text-sm text-stone-600">
            <input type="radio" name="choices" value="" />
            Không chọn ứng viên nào (phiếu trắng)
          </label>
        )}
        {!single && <p className="text-xs text-stone-500">Không đánh dấu ứng viên nào là phiếu trắng.</p>}
      </fieldset>
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title="Xác nhận bỏ phiếu?"
        description="Phiếu là phiếu kín và không thể sửa sau khi bỏ; mỗi cơ quan chỉ bỏ một phiếu. Không chọn ứng viên nào là phiếu trắng."
        confirmText="Xác nhận bỏ phiếu"
        variant="primary"
      >
        Bỏ phiếu
      </ConfirmSubmit>
    </form>
  );
}
