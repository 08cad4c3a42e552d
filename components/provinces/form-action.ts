import type { SetupFormState } from "@/lib/server/setup/form-values";

/** A server action a province or register form posts to (passed in by the page). */
export type FormAction = (state: SetupFormState, formData: FormData) => Promise<SetupFormState>;
