import "server-only";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface SheetStatusRow {
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  /** null: the agency has not saved anything on the locked table yet. */
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED" | null;
  submittedAt: Date | null;
}

/**
 * Self-scoring status of every member agency on the cycle's latest LOCKED table, for those who
 * may read every sheet (secretary, chair, admin). `tableVersion` is null while none is locked.
 */
export async function findSheetStatuses(blocId: string, year: number): Promise<{ tableVersion: number | null; rows: SheetStatusRow[] }> {
  const user = await requireUser();
  authorize(user, "score:read-all", { blocId }, { hidden: true });
  const table = await db().criteriaTable.findFirst({
    where: { status: "LOCKED", cycle: { blocId, year } },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
  const members = await db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, code: true, name: true } } } });
  const sheets = table ? await db().scoreSheet.findMany({ where: { tableId: table.id }, select: { agencyId: true, status: true, submittedAt: true } }) : [];
  const byAgency = new Map(sheets.map((s) => [s.agencyId, s]));
  const rows = members.map(({ agency: a }): SheetStatusRow => {
    const s = byAgency.get(a.id);
    return { agencyId: a.id, agencyCode: a.code, agencyName: a.name, status: s?.status ?? null, submittedAt: s?.submittedAt ?? null };
  });
  return { tableVersion: table?.version ?? null, rows: sortVi(rows, (r) => r.agencyName) };
}
