import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

/** Marks every unread notification of the signed-in user read (theirs only); how many were. */
export async function markAllNotificationsRead(): Promise<{ marked: number }> {
  const user = await requireUser();
  return db().$transaction(async (tx) => {
    const readAt = new Date();
    const { count } = await tx.notification.updateMany({ where: { userId: user.userId, readAt: null }, data: { readAt } });
    if (count > 0)
      await writeAudit(tx, { actorId: user.userId, action: "notification.read-all", entity: "User", entityId: user.userId, after: { marked: count, readAt } });
    return { marked: count };
  });
}
