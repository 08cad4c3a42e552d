/**
 * What the pledge forms' server actions return. React 19 resets a form after
 * its action runs, so a refused form gets back what was typed (`values`) to
 * show again beside the errors. Pure: used by actions and client forms alike.
 */
export type PledgeFormState =
  | ({ ok: true; message?: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> }) & { values?: Record<string, string | string[]> }
  | null;

export function withValues(state: PledgeFormState, form: FormData): PledgeFormState {
  if (!state || state.ok) return state;
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = key.endsWith("Ids") ? all : (all[0] ?? "");
  }
  return { ...state, values };
}

/** What a field shows: the value typed before a refusal, else the fallback. */
export function valueOf(state: PledgeFormState, name: string, fallback = ""): string {
  const v = state?.values?.[name];
  return typeof v === "string" ? v : fallback;
}

export function valuesOf(state: PledgeFormState, name: string, fallback: readonly string[]): readonly string[] {
  const v = state?.values?.[name];
  return Array.isArray(v) ? v : fallback;
}

export function errorsOf(state: PledgeFormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
