import "server-only";
import type { z } from "zod";
import { expectedFailure } from "@/lib/server/errors";
import { invalid, type FormState } from "@/lib/server/form-state";

/**
 * FormState plus what the user typed. React 19 resets a form after its action
 * returns, to the inputs' defaultValue: echoing the values back lets a refused
 * form keep them. On success, and on a CONFLICT (the page must show the
 * current data, not the stale edit), no values are kept.
 */
export type KeptFormState = (Exclude<FormState, null> & { values?: Record<string, string> }) | null;

function textValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
  return values;
}

export function keptInvalid(error: z.ZodError, formData: FormData): KeptFormState {
  return { ...(invalid(error) as Exclude<FormState, null>), values: textValues(formData) };
}

/** Runs a use case; `refresh` is called when the page should show fresh data (success or CONFLICT). */
export async function runKept(fn: () => Promise<unknown>, formData: FormData, refresh: () => void, success: string): Promise<KeptFormState> {
  try {
    await fn();
    refresh();
    return { ok: true, message: success };
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    if (e.code === "CONFLICT") {
      refresh();
      return { ok: false, message: e.message };
    }
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values: textValues(formData) };
  }
}
