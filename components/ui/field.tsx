import { isValidElement } from "react";

/**
 * A field's label, marked when its control is required: the control says so itself (`required`),
 * so no call site repeats it. The mark is visual; screen readers announce the control's own
 * `required`.
 */
export function FieldLabel({ htmlFor, label, control }: { htmlFor: string; label: string; control: React.ReactNode }) {
  const required = isValidElement<{ required?: boolean }>(control) && control.props.required === true;
  // The mark sits beside the label, not in it: the label's text stays the field's name.
  return (
    <div className="flex items-baseline gap-0.5">
      <label htmlFor={htmlFor} className="block text-sm font-medium">
        {label}
      </label>
      {required && (
        <span aria-hidden="true" className="text-sm text-red-700" title="Bắt buộc">
          *
        </span>
      )}
    </div>
  );
}

/**
 * A labelled input with its field errors announced (next-learn pattern):
 * the error list has an id the input points to with aria-describedby.
 */
export function Field({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const id = `f-${name}`;
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

// One class (app/globals.css) instead of eight utilities: a 60-row sheet repeats it on every input.
export const inputClass = "field-input";
