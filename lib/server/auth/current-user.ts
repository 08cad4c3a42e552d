import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isHttpsUrl } from "@/lib/auth/secure-transport";
import { readSessionToken } from "@/lib/auth/session-token";
import { appEnv } from "@/lib/env";
import { loadPrincipal, type CurrentUser } from "./load-principal";
import { refuseTemporaryPassword } from "./temporary-password";

/** The signed-in user with fresh roles, once per request; null without a live session. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const env = appEnv();
  const token = await readSessionToken((await cookies()).getAll(), { secret: env.NEXTAUTH_SECRET, secure: isHttpsUrl(env.NEXTAUTH_URL) });
  // A token without a session id predates server-side sessions: sign in again.
  return typeof token?.sub === "string" && typeof token.sid === "string" ? loadPrincipal(token.sub, token.sid) : null;
});

/**
 * The signed-in user, for every reader and use case. Without a live session —
 * signed out elsewhere, deactivated, its session revoked — the request goes
 * to the sign-in page: a layout is not re-rendered on a client navigation, so
 * the page itself must send the user there. An account still on a temporary
 * password may do nothing but change it (the change-password use case reads
 * getCurrentUser directly).
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return refuseTemporaryPassword(user);
}
