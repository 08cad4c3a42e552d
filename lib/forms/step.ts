import type { ActionState } from "./action-state";

/**
 * The two steps of a confirmed action (components/ui/confirm-submit.tsx, docs/decisions/0021-check-before-confirming.md):
 * "check" runs the use case's checks and writes nothing; "write" checks everything again and writes.
 * The form says which with the button that submits it (name STEP_FIELD); no field is the write.
 * Pure: the confirm button and the server actions read it alike.
 */
export type Step = "check" | "write";

export const STEP_FIELD = "_step";

/** The step a submitted form asks for: "check" only when it says so, anything else writes. */
export function stepOf(formData: FormData): Step {
  return formData.get(STEP_FIELD) === "check" ? "check" : "write";
}

/** The answer of a check that found nothing wrong: the confirmation may open. */
export function readyToConfirm(state: ActionState<object>): boolean {
  return state?.ok === true && state.ready === true;
}
