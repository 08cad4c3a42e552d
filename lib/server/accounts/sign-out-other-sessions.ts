import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * Signs the user out everywhere but here (a lost phone, a shared computer):
 * every other session row is revoked, and loadPrincipal refuses their tokens
 * from the next request on (lib/server/auth/sessions.ts). Audited with the
 * number of sessions ended.
 */
export async function signOutOtherSessions(now = new Date(), step: Step = "write"): Promise<{ signedOut: number }> {
  const user = await requireUser();
  stopIfChecking(step);
  return db().$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { userId: user.userId, revokedAt: null, ...(user.sessionId ? { id: { not: user.sessionId } } : {}) },
      data: { revokedAt: now },
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "account.sign-out-others",
      entity: "User",
      entityId: user.userId,
      after: { sessionsSignedOut: count },
    });
    return { signedOut: count };
  });
}
