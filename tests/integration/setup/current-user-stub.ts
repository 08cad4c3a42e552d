import { AppError } from "@/lib/server/errors";
import { loadPrincipal, type CurrentUser } from "@/lib/server/auth/load-principal";

/**
 * Stands in for lib/server/auth/current-user.ts (which needs a Next request
 * for the session cookie). Only "who is signed in" is stubbed: the principal
 * is loaded from the real database, exactly as on a real request.
 *   vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
 */
let currentId: string | null = null;

export function signInAs(userId: string | null) {
  currentId = userId;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return currentId ? loadPrincipal(currentId) : null;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
