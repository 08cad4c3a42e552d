import "server-only";
import type { z } from "zod";
import { expectedFailure } from "./errors";

/** What a server action returns to its form (next-learn's State shape). */
export type FormState =
  | { ok: true; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> }
  | null;

export function invalid(error: z.ZodError): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors };
}

/** Runs a use case; expected failures become a message, bugs are rethrown to error.tsx. */
export async function runAction(fn: () => Promise<unknown>, success?: string): Promise<FormState> {
  try {
    await fn();
    return { ok: true, message: success };
  } catch (caught) {
    const e = expectedFailure(caught);
    if (e) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw caught;
  }
}
