import "server-only";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface LineageRow {
  id: string;
  predecessorName: string;
  successorName: string | null;
  kind: string;
  effectiveOn: string;
  decisionRef: string | null;
  note: string | null;
}

/**
 * Mergers, splits, renames and dissolutions in which one of the bloc's
 * members of `year` is the predecessor or the successor. One query.
 */
export async function findAgencyLineage(blocId: string, year: number): Promise<LineageRow[]> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const isMember = { memberships: { some: { blocId, year } } };
  const rows = await db().agencyLineage.findMany({
    where: { OR: [{ predecessor: isMember }, { successor: isMember }] },
    select: {
      id: true,
      kind: true,
      effectiveOn: true,
      decisionRef: true,
      note: true,
      predecessor: { select: { name: true } },
      successor: { select: { name: true } },
    },
    orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    predecessorName: r.predecessor.name,
    successorName: r.successor?.name ?? null,
    kind: r.kind,
    effectiveOn: isoDay(r.effectiveOn),
    decisionRef: r.decisionRef,
    note: r.note,
  }));
}
