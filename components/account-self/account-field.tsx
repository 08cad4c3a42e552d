/**
 * A labelled input for the account forms: required fields carry a visible
 * "*" (hidden from screen readers, which announce the input's `required`),
 * and the hint and field errors are tied to the input with aria-describedby.
 */
export function AccountField({
  scope,
  name,
  label,
  required = false,
  errors,
  hint,
  children,
}: {
  scope: string;
  name: string;
  label: string;
  required?: boolean;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; name: string; required: boolean; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const id = `${scope}-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        )}
      </label>
      {children({ id, name, required, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined })}
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

export function RequiredNote() {
  return (
    <p className="text-xs text-stone-500">
      Trường có dấu <span className="text-red-700">*</span> là bắt buộc.
    </p>
  );
}
