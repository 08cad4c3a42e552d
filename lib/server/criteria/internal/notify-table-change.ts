import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Tells the leaders and officers of every agency that had a sheet on the old version that the
 * table changed ("the affected agencies are told", docs/domain/scoring.md#table-locking), each with what changed for it.
 * `agencies` lists those agencies with their own detail (null when none of their entries changed).
 */
export async function notifyTableChange(
  tx: Prisma.TransactionClient,
  p: { agencies: readonly { agencyId: string; detail: string | null }[]; blocCode: string; year: number; version: number; reason: string },
): Promise<number> {
  if (p.agencies.length === 0) return 0;
  const grants = await tx.roleAssignment.findMany({
    where: { role: { in: ["AGENCY_LEADER", "AGENCY_OFFICER"] }, agencyId: { in: p.agencies.map((a) => a.agencyId) }, user: { isActive: true } },
    select: { userId: true, agencyId: true },
  });
  const detail = new Map(p.agencies.map((a) => [a.agencyId, a.detail]));
  const base = `Bảng tiêu chí năm ${p.year} đã được điều chỉnh (phiên bản ${p.version}): ${p.reason}`;
  const link = `/khoi/${encodeURIComponent(p.blocCode)}/${p.year}/cham-diem/tieu-chi`;
  const seen = new Set<string>();
  const data: { userId: string; message: string; link: string }[] = [];
  for (const g of grants) {
    if (seen.has(g.userId)) continue;
    seen.add(g.userId);
    const d = g.agencyId ? detail.get(g.agencyId) : null;
    data.push({ userId: g.userId, message: d ? `${base}. Bảng tự chấm của cơ quan: ${d}` : base, link });
  }
  if (data.length > 0) await tx.notification.createMany({ data });
  return data.length;
}
