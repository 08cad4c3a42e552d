/**
 * What the vote forms' server actions return. React 19 resets a form after its action, so a
 * refused form gets back what was typed (`values`, lists for repeated fields) to show again.
 * Never used by the ballot form: a refused ballot is not echoed back.
 */
export type VoteFormState =
  | (({ ok: true; message?: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> }) & {
      values?: Record<string, string | string[]>;
    })
  | null;

export function keepValues(state: VoteFormState, form: FormData): VoteFormState {
  if (!state || state.ok) return state;
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = key.endsWith("Ids") ? all : (all[0] ?? "");
  }
  return { ...state, values };
}

export function valueOf(state: VoteFormState, name: string, fallback = ""): string {
  const v = state?.values?.[name];
  return typeof v === "string" ? v : fallback;
}

export function valuesOf(state: VoteFormState, name: string): readonly string[] {
  const v = state?.values?.[name];
  return Array.isArray(v) ? v : [];
}

export function errorsOf(state: VoteFormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
