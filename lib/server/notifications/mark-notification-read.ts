import "server-only";
import type { MarkNotificationReadInput } from "@/lib/schemas/notifications";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * Marks one of the signed-in user's notifications read. Another user's notification is
 * NOT_FOUND (its existence is not told); one read already stays as it was.
 */
export async function markNotificationRead(input: MarkNotificationReadInput): Promise<{ changed: boolean }> {
  const user = await requireUser();
  return db().$transaction(async (tx) => {
    const own = await tx.notification.findFirst({ where: { id: input.notificationId, userId: user.userId }, select: { id: true, readAt: true } });
    if (!own) throw new AppError("NOT_FOUND", "Không tìm thấy thông báo này.");
    if (own.readAt) return { changed: false };
    const readAt = new Date();
    const { count } = await tx.notification.updateMany({ where: { id: own.id, userId: user.userId, readAt: null }, data: { readAt } });
    if (count === 0) return { changed: false };
    await writeAudit(tx, {
      actorId: user.userId,
      action: "notification.read",
      entity: "Notification",
      entityId: own.id,
      before: { readAt: null },
      after: { readAt },
    });
    return { changed: true };
  });
}
