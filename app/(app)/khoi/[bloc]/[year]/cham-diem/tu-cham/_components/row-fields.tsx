"use client";

import { EntryExtras, EntryInputs, type EntryRow } from "@/components/self-scoring/entry-inputs";
import { useRowErrors } from "@/components/sheet-form/one-form-sheet";

/**
 * One criterion row's fields inside the sheet's form, with the messages that name this row. The
 * row is the slim EntryRow (entryRow in entry-inputs.tsx): the texts are rendered on the server. The
 * fields are uncontrolled and keep what was typed across saves. A read-only sheet shows its rows as
 * text instead (components/self-scoring/entry-summary.tsx).
 */
export function RowFields({ row }: { row: EntryRow }) {
  const errors = useRowErrors(row.id);
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">Tiêu chí {row.code}</legend>
      <EntryInputs row={row} errors={errors} />
      <EntryExtras row={row} errors={errors} />
    </fieldset>
  );
}
