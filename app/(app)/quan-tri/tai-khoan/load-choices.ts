import "server-only";
import { notFound } from "next/navigation";
import { findAccountChoices, type AccountChoices } from "@/lib/server/accounts/find-account-choices";
import { isAppError } from "@/lib/server/errors";

/** What the create and import forms offer, or the not-found page for someone who may not create accounts. */
export async function loadAccountChoices(): Promise<AccountChoices> {
  return findAccountChoices().catch((e: unknown) => {
    if (isAppError(e) && e.code === "FORBIDDEN") notFound();
    throw e;
  });
}
