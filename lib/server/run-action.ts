import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import type { Step } from "@/lib/forms/step";
import { ChecksPassed } from "./check-step";
import { expectedFailure } from "./errors";

/**
 * How a server action answers its form. Every action is: parse `formFields(formData)` with its zod
 * schema → `invalid(error, options)`, else `runAction(() => useCase(parsed.data), options)`.
 */
export interface ActionOptions<R = unknown, Extra extends object = object> {
  /** The message on success, or made from what the use case returned. */
  success?: string | ((result: R) => string);
  /** What else goes back on success (a temporary password shown once, …). */
  data?: (result: R) => Partial<Extra>;
  /**
   * The pages to read again, as their folder under app/ with the file that renders them:
   * "/(app)/khoi/[bloc]/[year]/cham-diem/tieu-chi/page", "/(app)/khoi/[bloc]/[year]/layout"
   * (a layout covers every page below it). Next's revalidatePath(path, "page" | "layout").
   */
  revalidate?: readonly string[];
  /**
   * When they are read again:
   * - "always" (default): after refusals too, so a stale form shows the data current now;
   * - "success": only after a success;
   * - "success-or-conflict": after a success and after a CONFLICT, whose typed values are then
   *   not echoed back either (the page must show the current data, not the stale edit).
   */
  refresh?: "always" | "success" | "success-or-conflict";
  /** The submitted form, to echo back as `values` when refused (never for passwords or ballots). */
  echo?: FormData;
  /** The previous answer, for forms that remount on every answer: `stamp` counts up. */
  stamp?: ActionState<object>;
  /** Where to go after a success (after the pages are read again); undefined stays. */
  redirect?: (result: R) => string | undefined;
  /**
   * The step the form asked for (lib/forms/step `stepOf(formData)`). In "check" the use case stops
   * at its `stopIfChecking` (lib/server/check-step) and the answer is `{ ok: true, ready: true }`:
   * nothing read again, no message, no redirect, the stamp unchanged (the form keeps what was typed).
   * A refusal answers as in the write step.
   */
  step?: Step;
}

type Answer<Extra extends object> = Exclude<ActionState<Extra>, null>;

function answer<Extra extends object>(state: Answer<Extra>, options: ActionOptions<never, Extra>): ActionState<Extra> {
  return options.stamp === undefined ? state : { ...state, stamp: (options.stamp?.stamp ?? 0) + 1 };
}

function reread(paths: readonly string[] = []) {
  for (const p of paths) {
    const cut = p.lastIndexOf("/");
    const type = p.slice(cut + 1);
    if (type !== "page" && type !== "layout") throw new Error(`revalidate: "${p}" must end in /page or /layout`);
    revalidatePath(p.slice(0, cut) || "/", type);
  }
}

/** A form refused by its schema: the messages by field (and the typed values if `echo`). */
export function invalid(error: z.ZodError, options: ActionOptions<never> = {}): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const state: Answer<object> = { ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors };
  return answer(options.echo ? { ...state, values: formFields(options.echo) } : state, options);
}

/**
 * Runs a use case; expected failures (AppError, the database unreachable) become the form's
 * message, anything else is a bug and goes on to error.tsx.
 */
export async function runAction<R, Extra extends object = object>(
  fn: (step: Step) => Promise<R>,
  options: ActionOptions<R, Extra> = {},
): Promise<ActionState<NoInfer<Extra>>> {
  const refresh = options.refresh ?? "always";
  const step = options.step ?? "write";
  let result: R;
  try {
    result = await fn(step);
  } catch (caught) {
    if (caught instanceof ChecksPassed && step === "check") {
      const ready = { ok: true, ready: true } as Answer<Extra>;
      return options.stamp === undefined ? ready : { ...ready, stamp: options.stamp?.stamp ?? 0 };
    }
    const e = expectedFailure(caught);
    if (!e) throw caught;
    const conflict = e.code === "CONFLICT";
    if (refresh === "always" || (refresh === "success-or-conflict" && conflict)) reread(options.revalidate);
    const keep = options.echo && !(refresh === "success-or-conflict" && conflict);
    const state = { ok: false, message: e.message, fieldErrors: e.fieldErrors } as Answer<Extra>;
    return answer(keep ? { ...state, values: formFields(options.echo!) } : state, options as ActionOptions<never, Extra>);
  }
  // A use case that ran to its end in the check step has written: a bug, never a success.
  if (step === "check") throw new Error("runAction: the check step ran the use case to its end (no stopIfChecking before its writes).");
  reread(options.revalidate);
  const to = options.redirect?.(result);
  if (to !== undefined) redirect(to);
  const message = typeof options.success === "function" ? options.success(result) : options.success;
  return answer({ ...options.data?.(result), ok: true, message } as Answer<Extra>, options as ActionOptions<never, Extra>);
}
