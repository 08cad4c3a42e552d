import "server-only";
import type { RegistrationInput } from "@/lib/schemas/registration";
import { persistRegistration } from "./internal/persist-registration";

/**
 * The agency's leader or officer saves its registration as a draft (or edits
 * a returned one, which stays returned until it is sent again). Only while
 * REGISTRATION is open; a save that names an old version is refused.
 */
export function saveRegistration(input: RegistrationInput): Promise<{ id: string; version: number }> {
  return persistRegistration(input, "saveDraft");
}
