import "server-only";
import { can, type Action } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface CycleRef {
  id: string;
  blocId: string;
  year: number;
  scoringMode: string;
  updatedAt: Date;
}

/**
 * The signed-in user and the cycle they act on, with its bloc taken from the
 * database. A cycle of a bloc the user cannot read is NOT_FOUND; one they read
 * but may not change (`action`) is FORBIDDEN with `forbidden` as the reason.
 */
export async function requireCycle(cycleId: string, action: Action, forbidden: string): Promise<{ user: CurrentUser; cycle: CycleRef }> {
  const user = await requireUser();
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, blocId: true, year: true, scoringMode: true, updatedAt: true } });
  if (!cycle || !can(user, "bloc:read", { blocId: cycle.blocId })) throw new AppError("NOT_FOUND", "Không tìm thấy năm thi đua này.");
  if (!can(user, action, { blocId: cycle.blocId })) throw new AppError("FORBIDDEN", forbidden);
  return { user, cycle };
}

export const MANAGERS_ONLY = "Chỉ Thư ký khối, Trưởng khối (và cán bộ Hội đồng Thi đua – Khen thưởng với lịch của năm) được thay đổi lịch và chương trình thi đua của năm.";

export const STALE_CYCLE =
  "Năm thi đua này đã được người khác cập nhật sau khi bạn mở trang. Trang đang hiển thị dữ liệu mới nhất; vui lòng kiểm tra rồi lưu lại.";

/**
 * The cycle's next updatedAt: now, but always after the token it replaces, so
 * two saves within one millisecond (or a clock step back) still give a new token.
 */
export function nextUpdatedAt(token: string): Date {
  return new Date(Math.max(Date.now(), Date.parse(token) + 1));
}
