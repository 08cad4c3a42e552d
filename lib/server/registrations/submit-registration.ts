import "server-only";
import type { RegistrationInput } from "@/lib/schemas/registration";
import { persistRegistration } from "./internal/persist-registration";

/**
 * The agency's leader sends its registration to the bloc: what the form
 * holds is saved and sent together (nothing is saved if sending is refused).
 * Needs at least one title or target; only while REGISTRATION is open; the
 * bloc's secretaries are notified.
 */
export function submitRegistration(input: RegistrationInput): Promise<{ id: string; version: number }> {
  return persistRegistration(input, "submit");
}
