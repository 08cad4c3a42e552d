/** What the award pages' server actions return to their forms (shape of lib/server/form-state's FormState). */
export type AwardActionState =
  | { ok: true; message?: string; stamp?: number }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string>; stamp?: number }
  | null;
