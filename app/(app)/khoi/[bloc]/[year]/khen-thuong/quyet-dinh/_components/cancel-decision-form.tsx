"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { cancelDecisionAction } from "../actions";

/** "Hủy quyết định": a reason, an optional cancelling act, behind a confirmation. */
export function CancelDecisionForm({ decisionId, number }: { decisionId: string; number: string }) {
  const [state, formAction] = useActionState(cancelDecisionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-red-800">Hủy quyết định số {number}</summary>
      <form action={formAction} aria-label={`Hủy quyết định số ${number}`} className="mt-2 space-y-2">
        <input type="hidden" name="decisionId" value={decisionId} />
        <Field name={`reason-${decisionId}`} label="Lý do hủy" errors={errors?.reason}>
          {(p) => <textarea {...p} name="reason" rows={2} className={inputClass} required />}
        </Field>
        <Field name={`reference-${decisionId}`} label="Văn bản hủy (nếu có)" errors={errors?.reference}>
          {(p) => <input {...p} name="reference" className={inputClass} />}
        </Field>
        <FormMessage state={state} />
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title={`Hủy quyết định số ${number}?`}
          description="Quyết định bị hủy không còn được tính trong lịch sử khen thưởng của các cơ quan. Thao tác này không hoàn tác được."
          confirmText="Hủy quyết định"
        >
          Hủy quyết định
        </ConfirmSubmit>
      </form>
    </details>
  );
}
