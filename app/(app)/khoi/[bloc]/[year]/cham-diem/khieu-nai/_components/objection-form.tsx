"use client";

import { startTransition, useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createObjectionAction } from "../actions";

/** "Gửi khiếu nại" for one entry: a reason and optional evidence files (PDF, JPEG, PNG ≤ 10 MB). */
export function ObjectionForm({ entryId, code }: { entryId: string; code: string }) {
  const [state, formAction] = useActionState(createObjectionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const scope = `khieu-nai-${entryId}`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Keep what was typed when the server refuses it.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} aria-label={`Khiếu nại tiêu chí ${code}`} className="space-y-2" noValidate>
      <input type="hidden" name="entryId" value={entryId} />
      <ScopedField scope={scope} name="reason" label="Lý do khiếu nại" errors={errors?.reason}>
        {(p) => <textarea {...p} rows={3} required maxLength={4000} className={inputClass} />}
      </ScopedField>
      <ScopedField
        scope={scope}
        name="files"
        label="Minh chứng kèm theo"
        hint="Tệp PDF, JPEG hoặc PNG, mỗi tệp tối đa 10 MB; tối đa 5 tệp."
        errors={errors?.files}
      >
        {(p) => <input {...p} type="file" multiple accept="application/pdf,image/jpeg,image/png" className="mt-1 block text-sm" />}
      </ScopedField>
      <FormMessage state={state} />
      <SubmitButton pendingText="Đang gửi…">Gửi khiếu nại</SubmitButton>
    </form>
  );
}
