import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

/**
 * The signed-in user's unread notifications, for the header of every page: one count on the
 * (userId, readAt) index, nothing else (the header is on every page).
 */
export async function countUnreadNotifications(): Promise<number> {
  const user = await requireUser();
  return db().notification.count({ where: { userId: user.userId, readAt: null } });
}
