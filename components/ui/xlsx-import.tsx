import { Field, inputClass } from "@/components/ui/field";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The .xlsx file input of an import form (accounts, criteria, people), named "file". When the
 * file has problems, the input points at the list of them (ImportErrors with the same `errorsId`).
 */
export function XlsxFileField({ id, label, hint, errors, errorsId }: { id: string; label: string; hint: string; errors?: string[]; errorsId: string }) {
  return (
    <Field name={id} label={label} hint={hint}>
      {(p) => (
        <input
          {...p}
          name="file"
          type="file"
          required
          accept={XLSX_ACCEPT}
          aria-invalid={errors ? true : undefined}
          aria-describedby={[p["aria-describedby"], errors ? errorsId : null].filter(Boolean).join(" ") || undefined}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** Every problem of an imported file, by row and column, as the server listed them. */
export function ImportErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} data-testid="import-errors" className="list-disc space-y-1 pl-5 text-sm text-red-700">
      {errors.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}
