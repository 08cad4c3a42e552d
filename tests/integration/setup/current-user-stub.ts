import { AppError } from "@/lib/server/errors";
import { loadPrincipal, type CurrentUser } from "@/lib/server/auth/load-principal";
import { refuseTemporaryPassword } from "@/lib/server/auth/temporary-password";

/**
 * Stands in for lib/server/auth/current-user.ts (which needs a Next request
 * for the session cookie). Only "who is signed in" is stubbed: the principal
 * is loaded from the real database, exactly as on a real request, and
 * requireUser applies the same temporary-password rule.
 *   vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
 */
let currentId: string | null = null;
let currentSession: string | undefined;

/** Signs in as a user; with `sessionId`, the session row must be live, as on a real request. */
export function signInAs(userId: string | null, sessionId?: string) {
  currentId = userId;
  currentSession = sessionId;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return currentId ? loadPrincipal(currentId, currentSession) : null;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return refuseTemporaryPassword(user);
}
