import "server-only";
import type { NotificationKind } from "@/lib/domain/notifications";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

export const INBOX_PAGE_SIZE = 30;

export interface InboxItem {
  id: string;
  kind: NotificationKind;
  message: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface Inbox {
  items: InboxItem[];
  total: number;
  unread: number;
  page: number;
  pageCount: number;
}

/**
 * The signed-in user's own notifications, newest first, a page at a time. Only their own: the
 * query is scoped by the session's user, never by an input. Three queries (the page, the total,
 * the unread count).
 */
export async function findNotifications(page: number): Promise<Inbox> {
  const user = await requireUser();
  const where = { userId: user.userId };
  const [total, unread] = [await db().notification.count({ where }), await db().notification.count({ where: { ...where, readAt: null } })];
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const items = await db().notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
    select: { id: true, kind: true, message: true, link: true, createdAt: true, readAt: true },
  });
  return { items, total, unread, page: current, pageCount };
}
