import "server-only";
import { describeBrowser } from "@/lib/domain/browser-name";
import { requireUser } from "@/lib/server/auth/current-user";
import { authOptions } from "@/lib/server/auth/options";
import { db } from "@/lib/server/db";

export interface OwnSession {
  id: string;
  startedAt: Date;
  browser: string;
  /** The session this request came from ("phiên này"). */
  current: boolean;
}

/**
 * The user's live sessions, newest first. A session row is live until it is
 * revoked, but its token stops working after the session's maximum age
 * (lib/server/auth/options.ts), so older rows are left out; the current
 * session is always listed.
 */
export async function findOwnSessions(now = new Date()): Promise<OwnSession[]> {
  const user = await requireUser();
  const maxAgeSeconds = authOptions().session?.maxAge ?? 8 * 60 * 60;
  const since = new Date(now.getTime() - maxAgeSeconds * 1000);
  const rows = await db().userSession.findMany({
    where: { userId: user.userId, revokedAt: null, OR: [{ createdAt: { gte: since } }, ...(user.sessionId ? [{ id: user.sessionId }] : [])] },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, userAgent: true },
  });
  const sessions = rows.map((r) => ({ id: r.id, startedAt: r.createdAt, browser: describeBrowser(r.userAgent), current: r.id === user.sessionId }));
  // The current session first, then the others from the newest.
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}
