import type { FormValues } from "./form-fields";

/**
 * What every server action returns to its form (`useActionState`), built by lib/server/run-action.ts.
 * - `values`: what was typed, echoed back on a refusal when the action asks for it (React 19 resets a
 *   form after its action runs; the fields show these again). Never passwords nor ballots.
 * - `stamp`: counts the answers, for forms that remount their fields on every answer.
 * - `ready`: the answer of a check step that found nothing wrong (lib/forms/step.ts): no message,
 *   nothing written; the form's confirmation opens.
 * - `Extra`: what one action also hands back on success (a temporary password shown once, …).
 * Pure types and readers: client components and server actions import them alike.
 */
export type ActionState<Extra extends object = object> =
  | ((({ ok: true; message?: string; ready?: true } | { ok: false; message: string; fieldErrors?: Record<string, string[]> }) & {
      values?: FormValues;
      stamp?: number;
    }) &
      Partial<Extra>)
  | null;

type AnyState = ActionState<object>;

/** What a field shows: the value typed before a refusal, else the fallback (the saved value). */
export function valueOf(state: AnyState, name: string, fallback = ""): string {
  const v = state?.values?.[name];
  return typeof v === "string" ? v : fallback;
}

/** A repeated field's values typed before a refusal, else the fallback. */
export function valuesOf(state: AnyState, name: string, fallback: readonly string[] = []): readonly string[] {
  const v = state?.values?.[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : fallback;
}

export function errorsOf(state: AnyState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
