"use client";

import { startTransition, useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { SignedCommitment } from "@/lib/server/progress/signed-pledge";
import type { ReportedProgress } from "@/lib/server/progress/get-agency-progress";
import { saveProgressAction } from "../actions";
import { ProgressFields } from "./progress-fields";

/**
 * One commitment's progress form. Submitting through onSubmit keeps what
 * was typed when the server refuses it (React resets a form after an
 * `action` submission); without JavaScript the form still posts to the action.
 * The fields remount with the current data whenever the saved version changes.
 */
export function ProgressForm({
  agencyId,
  commitment,
  progress,
  closedReason,
}: {
  agencyId: string;
  commitment: SignedCommitment;
  progress: ReportedProgress | null;
  /** Why the form cannot be saved now (phase closed, no right); null when it can. */
  closedReason: string | null;
}) {
  const [state, formAction] = useActionState(saveProgressAction, null);
  const idPrefix = `p-${agencyId}-${commitment.id}`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} aria-label={`Tiến độ cam kết ${commitment.number}`} className="space-y-3" noValidate>
      <input type="hidden" name="commitmentId" value={commitment.id} />
      <input type="hidden" name="agencyId" value={agencyId} />
      <fieldset disabled={closedReason !== null} className="space-y-3 disabled:opacity-80">
        <legend className="sr-only">Tiến độ cam kết {commitment.number}</legend>
        <ProgressFields
          key={progress?.version ?? 0}
          idPrefix={idPrefix}
          commitment={commitment}
          progress={progress}
          errors={state && !state.ok ? state.fieldErrors : undefined}
        />
      </fieldset>
      <FormMessage state={state} />
      {closedReason === null && <SubmitButton>Lưu tiến độ</SubmitButton>}
    </form>
  );
}
