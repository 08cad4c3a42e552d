"use client";

import { EntryExtras, EntryInputs } from "@/components/self-scoring/entry-inputs";
import type { SheetRow } from "@/lib/server/self-scoring/get-score-sheet";
import { useRowErrors } from "@/components/sheet-form/one-form-sheet";

/**
 * One criterion row's fields inside the sheet's form, with the messages that name this row. The
 * fields are uncontrolled and keep what was typed across saves; read-only rows are disabled.
 */
export function RowFields({ row, readOnly }: { row: SheetRow; readOnly: boolean }) {
  const errors = useRowErrors(row.id);
  return (
    <fieldset disabled={readOnly} className="space-y-2 disabled:opacity-80">
      <legend className="sr-only">Tiêu chí {row.code}</legend>
      <EntryInputs row={row} errors={errors} />
      <EntryExtras row={row} errors={errors} />
    </fieldset>
  );
}
