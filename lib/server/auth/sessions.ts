import "server-only";
import { db } from "@/lib/server/db";

/**
 * Browser sessions. next-auth keeps a signed token in the cookie; the token
 * names one UserSession row, and loadPrincipal refuses a token whose row is
 * revoked. That makes "sign out", "sign out of other sessions" and a password
 * change take effect at the next request instead of at token expiry.
 */
export async function openSession(userId: string, userAgent?: string): Promise<string> {
  const row = await db().userSession.create({ data: { userId, userAgent: userAgent?.slice(0, 300) || null }, select: { id: true } });
  return row.id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
