import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyStaff, notifyEach } from "@/lib/notifications/notify";

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
  const staff = await agencyStaff(
    tx,
    p.agencies.map((a) => a.agencyId),
  );
  const detail = new Map(p.agencies.map((a) => [a.agencyId, a.detail]));
  const base = `Bảng tiêu chí năm ${p.year} đã được điều chỉnh (phiên bản ${p.version}): ${p.reason}`;
  const link = `/khoi/${encodeURIComponent(p.blocCode)}/${p.year}/cham-diem/tieu-chi`;
  return notifyEach(
    tx,
    "CRITERIA_CHANGED",
    staff.map((s) => {
      const d = detail.get(s.agencyId);
      return { userId: s.userId, message: d ? `${base}. Bảng tự chấm của cơ quan: ${d}` : base, link };
    }),
  );
}
