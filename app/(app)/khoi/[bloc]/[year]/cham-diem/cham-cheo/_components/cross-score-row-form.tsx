"use client";

import { startTransition, useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveCrossScoreAction } from "../actions";

/**
 * "Điểm chấm chéo" of one criterion + "Lưu". `previous` is the value shown, so a colleague's
 * save in between is refused instead of overwritten. The input remounts when the saved value changes.
 */
export function CrossScoreRowForm({
  scorerAgencyId,
  targetAgencyId,
  criterionId,
  code,
  minPoints,
  maxPoints,
  mine,
}: {
  scorerAgencyId: string;
  targetAgencyId: string;
  criterionId: string;
  code: string;
  minPoints: number;
  maxPoints: number;
  mine: number | null;
}) {
  const [state, formAction] = useActionState(saveCrossScoreAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} aria-label={`Chấm chéo tiêu chí ${code}`} className="space-y-2" noValidate data-testid={`cross-row-${code}`}>
      <input type="hidden" name="scorerAgencyId" value={scorerAgencyId} />
      <input type="hidden" name="targetAgencyId" value={targetAgencyId} />
      <input type="hidden" name="criterionId" value={criterionId} />
      <input type="hidden" name="previous" value={mine ?? ""} />
      <ScopedField scope={`cross-${criterionId}`} name="points" label="Điểm chấm chéo" errors={errors?.points} hint={`Từ ${minPoints} đến ${maxPoints} điểm.`}>
        {(p) => <input {...p} key={String(mine)} type="text" inputMode="decimal" defaultValue={mine ?? ""} className={`${inputClass} max-w-32`} />}
      </ScopedField>
      <FormMessage state={state} />
      <SubmitButton>Lưu</SubmitButton>
    </form>
  );
}
