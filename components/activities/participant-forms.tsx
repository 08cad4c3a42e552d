"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Adds a participant (an agency, or a person of it) with the result, prize and points. */
export function AddParticipantForm({
  action,
  activityId,
  title,
  members,
}: {
  action: Action;
  activityId: string;
  title: string;
  members: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, null);
  const key = `p-${activityId}`;
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-5" aria-label={`Thêm người tham gia ${title}`}>
      <input type="hidden" name="activityId" value={activityId} />
      <Field name={`${key}-agency`} label="Cơ quan tham gia" errors={errorsOf(state, "agencyId")}>
        {(p) => (
          <select {...p} name="agencyId" required defaultValue={valueOf(state, "agencyId", "")} className={inputClass}>
            <option value="">Chọn cơ quan…</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={`${key}-person`} label="Cá nhân (nếu có)" errors={errorsOf(state, "personName")}>
        {(p) => <input {...p} name="personName" maxLength={200} defaultValue={valueOf(state, "personName")} className={inputClass} />}
      </Field>
      <Field name={`${key}-result`} label="Kết quả" errors={errorsOf(state, "result")}>
        {(p) => <input {...p} name="result" maxLength={500} defaultValue={valueOf(state, "result")} className={inputClass} />}
      </Field>
      <Field name={`${key}-prize`} label="Giải thưởng" errors={errorsOf(state, "prize")}>
        {(p) => <input {...p} name="prize" maxLength={200} defaultValue={valueOf(state, "prize")} className={inputClass} />}
      </Field>
      <Field name={`${key}-points`} label="Điểm" errors={errorsOf(state, "points")}>
        {(p) => <input {...p} name="points" inputMode="decimal" defaultValue={valueOf(state, "points")} className={inputClass} />}
      </Field>
      <div className="space-y-2 sm:col-span-5">
        <FormMessage state={state} />
        <SubmitButton variant="secondary">Thêm người tham gia</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveParticipantForm({ action, participantId, label }: { action: Action; participantId: string; label: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={`Xoá ${label}`}>
      <input type="hidden" name="participantId" value={participantId} />
      <SubmitButton variant="secondary" pendingText="Đang xoá…">
        Xoá<span className="sr-only"> {label}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
