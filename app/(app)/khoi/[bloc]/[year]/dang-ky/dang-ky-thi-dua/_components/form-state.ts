import type { RegistrationFormValues } from "@/lib/schemas/registration";

/**
 * What the registration actions return. `stamp` changes on every answer so
 * the fields remount: with the values typed before a refusal, or with the
 * current data after a save or a conflict (nothing stale stays on screen).
 */
export type RegistrationFormState =
  | ({ stamp: number } & (
      | { ok: true; message?: string }
      | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: RegistrationFormValues }
    ))
  | null;

export type ReviewFormState =
  | ({ stamp: number } & ({ ok: true; message?: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]>; reason?: string }))
  | null;
