/** The form-level result of a server action (success or the reason it was refused). */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return <div aria-live="polite" />;
  return (
    <div aria-live="polite">
      <p role="status" className={`rounded px-3 py-2 text-sm ${state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
        {state.message}
      </p>
    </div>
  );
}
