/**
 * A labelled input whose ids carry the form's scope, for pages with one form
 * per agency or per commitment: each label, hint and error list points at its
 * own input, and errors are announced (components/ui/field, scoped).
 */
export function ScopedField({ scope, name, label, errors, hint, children }: {
  scope: string;
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const id = `${scope}-${name}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {children({ id, name, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined })}
      {hint && <p id={hintId} className="mt-1 text-xs text-stone-500">{hint}</p>}
      <div id={errorId} aria-live="polite">
        {errors?.map((e) => <p key={e} className="mt-1 text-sm text-red-700">{e}</p>)}
      </div>
    </div>
  );
}
