import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";

/**
 * The signed-in user's unread notifications, for the header of every page. The header is on
 * every page, so the count is read with the principal, in its one statement
 * (lib/server/auth/load-principal.ts), on the (userId, readAt) index.
 */
export async function countUnreadNotifications(): Promise<number> {
  return (await requireUser()).unreadNotifications;
}
