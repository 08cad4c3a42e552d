import { mailOf, wantsEmail, type NotificationKind } from "@/lib/domain/notifications";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appEnv } from "@/lib/env";

/**
 * Writes notifications inside the caller's transaction (docs/decisions/0034): the inbox rows and,
 * for each recipient whose choice for the kind is e-mail, its outbox row — so a change that rolls
 * back tells nobody, and one that commits has its e-mail queued. Checks nothing: the use case
 * calling it has authorized the change. Three statements, whatever the number of recipients.
 * Inactive accounts are skipped; a recipient named twice is told once.
 */
export interface NotificationItem {
  userId: string;
  message: string;
  link: string | null;
  /** Makes the notification exist at most once per user (reminders): a second write is skipped. */
  dedupeKey?: string;
}

export async function notify(
  tx: Prisma.TransactionClient,
  p: { kind: NotificationKind; recipients: readonly string[]; message: string; link: string | null; dedupeKey?: string },
): Promise<number> {
  return notifyEach(
    tx,
    p.kind,
    p.recipients.map((userId) => ({ userId, message: p.message, link: p.link, dedupeKey: p.dedupeKey })),
  );
}

/** The same kind with a message of its own for each recipient. Returns how many notifications were written. */
export async function notifyEach(tx: Prisma.TransactionClient, kind: NotificationKind, items: readonly NotificationItem[]): Promise<number> {
  const byUser = new Map<string, NotificationItem>();
  for (const item of items) if (!byUser.has(item.userId)) byUser.set(item.userId, item);
  if (byUser.size === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: [...byUser.keys()] }, isActive: true },
    select: { id: true, email: true, name: true, notificationPrefs: { where: { kind }, select: { email: true } } },
  });
  if (users.length === 0) return 0;
  // skipDuplicates: a reminder already written (same user and dedupeKey) is left out of the answer.
  const written = await tx.notification.createManyAndReturn({
    data: users.map((u) => {
      const item = byUser.get(u.id)!;
      return { userId: u.id, kind, message: item.message, link: item.link, dedupeKey: item.dedupeKey ?? null };
    }),
    select: { id: true, userId: true, message: true, link: true },
    skipDuplicates: true,
  });
  const userById = new Map(users.map((u) => [u.id, u]));
  const mails = written.flatMap((n) => {
    const u = userById.get(n.userId)!;
    if (!wantsEmail(kind, u.notificationPrefs[0]?.email)) return [];
    const mail = mailOf(kind, n.message, absoluteUrl(n.link));
    return [{ notificationId: n.id, toAddress: u.email, toName: u.name, ...mail }];
  });
  if (mails.length > 0) await tx.mailOutbox.createMany({ data: mails });
  return written.length;
}

/** The app's address before a link, for an e-mail read outside the app; the path alone without NEXTAUTH_URL. */
function absoluteUrl(link: string | null): string | null {
  if (!link) return null;
  const base = appEnv().NEXTAUTH_URL;
  return base ? `${base.replace(/\/+$/, "")}${link}` : link;
}

/** The active leaders and officers of the agencies: those told about their agency's records. */
export async function agencyStaff(tx: Prisma.TransactionClient, agencyIds: readonly string[]): Promise<{ userId: string; agencyId: string }[]> {
  if (agencyIds.length === 0) return [];
  const grants = await tx.roleAssignment.findMany({
    where: { role: { in: ["AGENCY_LEADER", "AGENCY_OFFICER"] }, agencyId: { in: [...agencyIds] }, user: { isActive: true } },
    select: { userId: true, agencyId: true },
  });
  return grants.flatMap((g) => (g.agencyId ? [{ userId: g.userId, agencyId: g.agencyId }] : []));
}

/** The holders of bloc roles (secretary, chair) of the blocs. */
export async function blocStaff(
  tx: Prisma.TransactionClient,
  blocIds: readonly string[],
  roles: readonly ("SECRETARY" | "CHAIR")[],
): Promise<{ userId: string; blocId: string }[]> {
  if (blocIds.length === 0) return [];
  const grants = await tx.roleAssignment.findMany({
    where: { role: { in: [...roles] }, blocId: { in: [...blocIds] }, user: { isActive: true } },
    select: { userId: true, blocId: true },
  });
  return grants.flatMap((g) => (g.blocId ? [{ userId: g.userId, blocId: g.blocId }] : []));
}
