import type { SetupFormState } from "@/lib/server/setup/form-values";

/** What a field shows: what was typed before a refusal, else the saved value. */
export function valueOf(state: SetupFormState, name: string, fallback = ""): string {
  const v = state?.values?.[name];
  return typeof v === "string" ? v : fallback;
}

export function valuesOf(state: SetupFormState, name: string, fallback: readonly string[] = []): readonly string[] {
  const v = state?.values?.[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : fallback;
}

export function errorsOf(state: SetupFormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
