"use client";

import { startTransition, useActionState } from "react";
import { EntryExtras, EntryInputs } from "@/components/self-scoring/entry-inputs";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { SheetRow } from "@/lib/server/self-scoring/get-score-sheet";
import { saveScoreEntryAction } from "../actions";

/**
 * One criterion row of the sheet. Submitting through onSubmit keeps what was typed when the
 * server refuses it; without JavaScript the form still posts to the action. The inputs remount
 * only when this row's saved data changes, so a save of another row (which bumps the sheet
 * version) does not wipe what is being typed here; the hidden version follows the page.
 */
export function EntryRowForm({ row, agencyId, version, readOnly }: { row: SheetRow; agencyId: string; version: number; readOnly: boolean }) {
  const [state, formAction] = useActionState(saveScoreEntryAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const e = row.entry;
  const saved = e ? [e.isNA, e.selfInput, e.actual, e.target, e.explanation, e.files.length].join("|") : "none";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} aria-label={`Tự chấm tiêu chí ${row.code}`} className="space-y-2" noValidate>
      <input type="hidden" name="criterionId" value={row.id} />
      <input type="hidden" name="agencyId" value={agencyId} />
      <input type="hidden" name="version" value={version} />
      <fieldset key={saved} disabled={readOnly} className="space-y-2 disabled:opacity-80">
        <legend className="sr-only">Tiêu chí {row.code}</legend>
        <EntryInputs row={row} errors={errors} />
        <EntryExtras row={row} errors={errors} />
      </fieldset>
      <FormMessage state={state} />
      {!readOnly && <SubmitButton>Lưu</SubmitButton>}
    </form>
  );
}
