import "server-only";
import { NOTIFICATION_KINDS, wantsEmail } from "@/lib/domain/notifications";
import type { SaveNotificationPreferencesInput } from "@/lib/schemas/notifications";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

/**
 * The signed-in user chooses, for each kind, whether it is also e-mailed (theirs only: the rows
 * are keyed by the session's user). Every kind is stored as chosen, so a later change of a
 * kind's default does not change a choice made here. Audited with the kinds e-mailed before and after.
 */
export async function saveNotificationPreferences(input: SaveNotificationPreferencesInput): Promise<{ changed: boolean }> {
  const user = await requireUser();
  const chosen = new Set(input.emailKinds);
  return db().$transaction(async (tx) => {
    const rows = await tx.notificationPreference.findMany({ where: { userId: user.userId }, select: { kind: true, email: true } });
    const stored = new Map(rows.map((r) => [r.kind, r.email]));
    const before = NOTIFICATION_KINDS.filter((k) => wantsEmail(k, stored.get(k)));
    const after = NOTIFICATION_KINDS.filter((k) => chosen.has(k));
    const allStored = rows.length === NOTIFICATION_KINDS.length;
    if (allStored && before.join() === after.join()) return { changed: false };
    await tx.notificationPreference.deleteMany({ where: { userId: user.userId } });
    await tx.notificationPreference.createMany({ data: NOTIFICATION_KINDS.map((kind) => ({ userId: user.userId, kind, email: chosen.has(kind) })) });
    if (before.join() === after.join()) return { changed: false };
    await writeAudit(tx, {
      actorId: user.userId,
      action: "account.notification-preferences",
      entity: "User",
      entityId: user.userId,
      before: { emailKinds: before },
      after: { emailKinds: after },
    });
    return { changed: true };
  });
}
