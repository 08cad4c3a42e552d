import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Tells the leaders and officers of every agency that already has a sheet on the old version
 * that the table changed (issue 4: "the affected agencies are told").
 */
export async function notifyTableChange(
  tx: Prisma.TransactionClient,
  p: { oldTableId: string; blocCode: string; year: number; version: number; reason: string },
): Promise<number> {
  const sheets = await tx.scoreSheet.findMany({ where: { tableId: p.oldTableId }, select: { agencyId: true } });
  if (sheets.length === 0) return 0;
  const grants = await tx.roleAssignment.findMany({
    where: { role: { in: ["AGENCY_LEADER", "AGENCY_OFFICER"] }, agencyId: { in: sheets.map((s) => s.agencyId) }, user: { isActive: true } },
    select: { userId: true },
  });
  const userIds = [...new Set(grants.map((g) => g.userId))];
  const message = `Bảng tiêu chí năm ${p.year} đã được điều chỉnh (phiên bản ${p.version}): ${p.reason}`;
  const link = `/khoi/${encodeURIComponent(p.blocCode)}/${p.year}/cham-diem/tieu-chi`;
  if (userIds.length > 0) await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, message, link })) });
  return userIds.length;
}
