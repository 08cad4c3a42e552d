import { formFields, type FormValues } from "./form-fields";

/**
 * The names of a sheet's one form (docs/decisions/0018): every row's fields are
 * entries.<rowId>.<field>, and a refusal names its messages the same way, so each one shows next
 * to its row. Used by the self-scoring, verification and cross-scoring sheets. Pure.
 */
export const sheetFieldName = (rowId: string, field: string) => `entries.${rowId}.${field}`;

/**
 * FormData of a sheet form → its own fields plus `entries`, the rows' text fields by row id
 * (`row` shapes one row for its schema; it receives the row id to read the row's files).
 */
export function sheetFormFields(formData: FormData, row: (rowId: string, fields: Record<string, string>) => Record<string, unknown> = (_, f) => f) {
  const fields: FormValues = Object.fromEntries(Object.entries(formFields(formData)).filter(([key]) => !key.startsWith("entries.")));
  const rows = new Map<string, Record<string, string>>();
  for (const key of new Set(formData.keys())) {
    const m = /^entries\.([^.]+)\.(\w+)$/.exec(key);
    if (!m) continue;
    const values = rows.get(m[1]!) ?? rows.set(m[1]!, {}).get(m[1]!)!;
    const value = formData.get(key);
    if (typeof value === "string") values[m[2]!] = value;
  }
  return { ...fields, entries: Object.fromEntries([...rows].map(([rowId, values]) => [rowId, row(rowId, values)])) };
}

/** One row's field errors under the sheet's names (entries.<rowId>.<field>), added to `into`. */
export function addRowErrors(into: Record<string, string[]>, rowId: string, errors: Record<string, string[]> | null | undefined): void {
  for (const [field, messages] of Object.entries(errors ?? {})) into[sheetFieldName(rowId, field)] = messages;
}

/** How many rows the sheet's field errors name. */
export function countErrorRows(errors: Record<string, string[]>): number {
  return new Set(Object.keys(errors).map((k) => k.split(".")[1])).size;
}

/** The messages of one row's fields, by field, out of the sheet's field errors; undefined when none. */
export function rowErrorsOf(errors: Record<string, string[]> | undefined, rowId: string): Record<string, string[]> | undefined {
  const prefix = sheetFieldName(rowId, "");
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = messages;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What a sheet save hands back to its form: the sheet's version now, for the next save. */
export type SheetSaved = { version: number | string };
