import type { FormState } from "@/lib/server/form-state";

/**
 * React 19 resets a form after its action runs. A refused form gets back what
 * was typed (next to the errors), so the fields can show it again instead of
 * emptying. Pure data: the client components import the type only.
 */
export type FormValues = Record<string, string | string[]>;
export type SetupFormState = (Exclude<FormState, null> & { values?: FormValues }) | null;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("Ids") ? all : (all[0] ?? "");
  }
  return values;
}

export function keepValues(state: FormState, formData: FormData): SetupFormState {
  return state && !state.ok ? { ...state, values: formValues(formData) } : state;
}

/** The FormData as a plain object for zod, lists (names ending in "Ids") kept as arrays. */
export function formInput(formData: FormData): Record<string, string | string[]> {
  return formValues(formData);
}
