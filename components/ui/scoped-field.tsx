import { FieldLabel } from "./field";

/**
 * Field (components/ui/field) for pages with several forms that share field
 * names (one edit form per row): ids carry the form's scope so each label,
 * hint and error list points at its own input.
 */
export function ScopedField({
  scope,
  name,
  label,
  errors,
  hint,
  children,
}: {
  scope: string;
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  // Ids must be valid in CSS selectors and aria references whatever the scope holds.
  const id = `${scope}-${name}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const control = children({ id, name, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined });
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} control={control} />
      {control}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <div id={errorId} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

/** A group of checkboxes (fieldset + legend) with its errors announced. */
export function CheckboxGroup({
  scope,
  name,
  legend,
  options,
  checked,
  errors,
  hint,
}: {
  scope: string;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  errors?: string[];
  hint?: string;
}) {
  const errorId = `${scope}-${name}-error`;
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined} aria-invalid={errors?.length ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && <p className="text-xs text-stone-500">{hint}</p>}
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="mt-1" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <div id={errorId} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
