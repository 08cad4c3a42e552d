import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { AppError } from "@/lib/server/errors";
import { loadPrincipal, type CurrentUser } from "./load-principal";
import { authOptions } from "./options";
import { refuseTemporaryPassword } from "./temporary-password";

/** The signed-in user with fresh roles, once per request; null without a live session. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string; sid?: string } | undefined;
  // A token without a session id predates server-side sessions: sign in again.
  return user?.id && user.sid ? loadPrincipal(user.id, user.sid) : null;
});

/**
 * The signed-in user, for every reader and use case. An account still on a
 * temporary password may do nothing but change it (the change-password use
 * case reads getCurrentUser directly).
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return refuseTemporaryPassword(user);
}
