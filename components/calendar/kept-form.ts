import type { KeptFormState } from "@/lib/server/cycles/kept-form-state";

/** What the user typed if the last submit was refused, else the stored value. */
export function keptValue(state: KeptFormState, name: string, stored: string): string {
  return state?.values?.[name] ?? stored;
}

export function errorsOf(state: KeptFormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
