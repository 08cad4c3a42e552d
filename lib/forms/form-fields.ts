import { STEP_FIELD } from "./step";

/**
 * The one way a server action reads its FormData: a plain object for a zod schema, and the same
 * object is what a refused form gets back to show again (lib/forms/action-state.ts).
 * - Next's own fields ("$ACTION_…") and the step of a confirmed action (lib/forms/step.ts: it says
 *   what to do with the form, it is not part of it) are left out, and so are file parts (read them with
 *   lib/schemas/files.ts: they cannot be echoed back).
 * - A name sent once is a string; a name sent several times, or ending in "Ids" (a multiple
 *   choice, even with one or no item ticked), is a list in the order sent.
 * Pure: used by server actions and by the schemas' shapers of nested forms alike.
 */
export type FormValues = Record<string, string | string[]>;

export function formFields(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || key === STEP_FIELD) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length === 0 && !key.endsWith("Ids")) continue;
    values[key] = all.length > 1 || key.endsWith("Ids") ? all : all[0]!;
  }
  return values;
}

/** A field that may be sent several times, as a list: absent → [], once → [value]. */
export function listOf(value: string | string[] | undefined): string[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
