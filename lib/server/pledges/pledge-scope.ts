import "server-only";
import { can } from "@/lib/domain/permissions";
import type { PledgeStatus } from "@/lib/domain/pledge";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface PledgeScope {
  id: string;
  cycleId: string;
  blocId: string;
  year: number;
  version: number;
  status: PledgeStatus;
}

const MANAGE_ONLY = "Chỉ Thư ký khối và Trưởng khối được soạn, mở ký kết và điều chỉnh giao ước.";

/**
 * The signed-in user and a pledge version, its bloc and year read from the
 * database (never from the form). A pledge of a bloc the user cannot read is
 * NOT_FOUND, as if it did not exist.
 */
export async function loadPledgeScope(pledgeId: string): Promise<{ user: CurrentUser; pledge: PledgeScope }> {
  const user = await requireUser();
  const row = await db().pledge.findUnique({
    where: { id: pledgeId },
    select: { id: true, cycleId: true, version: true, status: true, cycle: { select: { blocId: true, year: true } } },
  });
  if (!row || !can(user, "bloc:read", { blocId: row.cycle.blocId })) throw new AppError("NOT_FOUND", "Không tìm thấy giao ước này.");
  return { user, pledge: { id: row.id, cycleId: row.cycleId, blocId: row.cycle.blocId, year: row.cycle.year, version: row.version, status: row.status } };
}

/** The pledge, for a user who drafts and steers it ("pledge:manage": the bloc's secretary and chair). */
export async function requirePledgeManager(pledgeId: string): Promise<{ user: CurrentUser; pledge: PledgeScope }> {
  const scope = await loadPledgeScope(pledgeId);
  if (!can(scope.user, "pledge:manage", { blocId: scope.pledge.blocId })) throw new AppError("FORBIDDEN", MANAGE_ONLY);
  return scope;
}

/** The same rule for a bloc whose pledge does not exist yet. */
export async function requireBlocPledgeManager(blocId: string): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, "bloc:read", { blocId })) throw new AppError("NOT_FOUND");
  if (!can(user, "pledge:manage", { blocId })) throw new AppError("FORBIDDEN", MANAGE_ONLY);
  return user;
}

export function staleMessage(currentRowVersion: number): string {
  return `Giao ước vừa được người khác cập nhật (lần lưu thứ ${currentRowVersion}). Trang đang hiển thị nội dung hiện tại; thay đổi của bạn chưa được lưu, vui lòng xem lại rồi làm lại.`;
}
