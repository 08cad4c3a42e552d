import "server-only";
import { can } from "@/lib/domain/permissions";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface ScoreSheetRow {
  agencyId: string;
  agencyName: string;
  /** null: the agency has no score sheet yet. */
  sheet: { status: "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED"; tableVersion: number; submittedAt: Date | null } | null;
}

export interface ScoreSheetOverview {
  /** ALL members, only the caller's OWN agency, or NONE (e.g. an observer). */
  scope: "ALL" | "OWN" | "NONE";
  rows: ScoreSheetRow[];
}

/**
 * Score sheet status per member agency of `year`: all members with
 * "score:read-all", otherwise only the caller's own agency. Where an agency
 * has sheets on several table versions, the newest version's sheet is shown.
 * Two queries; the sheet query is scoped to the visible agencies.
 */
export async function findScoreSheets(blocId: string, year: number): Promise<ScoreSheetOverview> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const isAll = can(user, "score:read-all", { blocId });

  const members = await db().membership.findMany({
    where: { blocId, year },
    select: { agency: { select: { id: true, name: true } } },
  });
  const visible = members.map((m) => m.agency).filter((a) => isAll || can(user, "score:edit:own", { blocId, agencyId: a.id }));
  if (visible.length === 0) return { scope: isAll ? "ALL" : "NONE", rows: [] };

  const sheets = await db().scoreSheet.findMany({
    where: { cycle: { blocId, year }, agencyId: { in: visible.map((a) => a.id) } },
    select: { agencyId: true, status: true, submittedAt: true, table: { select: { version: true } } },
    orderBy: { table: { version: "asc" } },
  });
  // Ascending order: the newest table version's sheet is the last one set.
  const latest = new Map(sheets.map((s) => [s.agencyId, s]));
  const rows = visible.map((a): ScoreSheetRow => {
    const s = latest.get(a.id);
    return {
      agencyId: a.id,
      agencyName: a.name,
      sheet: s ? { status: s.status, tableVersion: s.table.version, submittedAt: s.submittedAt } : null,
    };
  });
  return { scope: isAll ? "ALL" : "OWN", rows: sortVi(rows, (r) => r.agencyName) };
}
