"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

const FIELDS = [
  ["ballotsIssued", "Số phiếu phát ra"],
  ["ballotsReturned", "Số phiếu thu về"],
  ["ballotsValid", "Số phiếu hợp lệ"],
  ["ballotsInvalid", "Số phiếu không hợp lệ"],
] as const;

/** The counting committee's numbers for a paper vote; accepted counts close the vote. */
export function PaperCountForm({
  action,
  voteId,
  candidates,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  voteId: string;
  candidates: { id: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, null);
  const num = `${inputClass} max-w-40`;
  return (
    <form action={formAction} className="space-y-4" aria-label="Kết quả kiểm phiếu giấy">
      <input type="hidden" name="voteId" value={voteId} />
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {FIELDS.map(([name, label]) => (
          <Field key={name} name={name} label={label} errors={errorsOf(state, name)}>
            {(p) => <input {...p} type="number" min={0} step={1} inputMode="numeric" className={num} defaultValue={valueOf(state, name)} />}
          </Field>
        ))}
      </div>
      <fieldset className="space-y-3 rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">Số phiếu đồng ý của từng ứng viên</legend>
        {candidates.map((c) => (
          <Field key={c.id} name={`votes.${c.id}`} label={c.label} errors={errorsOf(state, `votes.${c.id}`)}>
            {(p) => <input {...p} type="number" min={0} step={1} inputMode="numeric" className={num} defaultValue={valueOf(state, `votes.${c.id}`)} />}
          </Field>
        ))}
        {errorsOf(state, "votes._")?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </fieldset>
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title="Ghi nhận kết quả kiểm phiếu?"
        description="Sau khi ghi nhận, cuộc biểu quyết kết thúc và kết quả được công bố cho khối."
        confirmText="Ghi nhận"
        variant="primary"
      >
        Ghi nhận kết quả kiểm phiếu
      </ConfirmSubmit>
    </form>
  );
}
