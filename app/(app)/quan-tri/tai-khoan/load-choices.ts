import "server-only";
import { findAccountChoices, type AccountChoices } from "@/lib/server/accounts/find-account-choices";
import { readOr404 } from "@/lib/server/read-or-404";

/** What the create and import forms offer, or the not-found page for someone who may not create accounts. */
export async function loadAccountChoices(): Promise<AccountChoices> {
  return readOr404(findAccountChoices(), { forbidden: "404" });
}
