import type { ActionState } from "@/lib/forms/action-state";

/** A server action a province or register form posts to (passed in by the page). */
export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
