import "server-only";
import { isCrossScorable } from "@/lib/domain/cross-scoring-access";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { loadCrossCycle, scorerAgencyOf } from "./cross-context";

export interface CrossTargetRow {
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  /** The target's self-scoring sheet on the locked table; null when it has none yet. */
  selfStatus: "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED" | null;
  /** Criteria this scorer has scored for the target, out of `scorable`. */
  scored: number;
  submittedAt: Date | null;
}

/**
 * The cross-scoring to-do list of the user's agency: every other member with its self-sheet
 * status and whether this agency has scored and submitted it. `scorer` is null when the user
 * scores for no member agency (they may still read the summary). Six queries at most.
 */
export async function findCrossTargets(blocId: string, year: number) {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const { cycle, members, table } = await loadCrossCycle(blocId, year);
  const memberIds = new Set(members.map((m) => m.id));
  const scorerId = scorerAgencyOf(user, blocId, memberIds);
  const scorer = members.find((m) => m.id === scorerId) ?? null;
  const parents = new Set((table?.criteria ?? []).map((c) => c.parentId).filter((p): p is string => p !== null));
  const scorable = (table?.criteria ?? []).filter((c) => isCrossScorable(c, parents)).length;
  const base = { mode: cycle.scoringMode, cycleId: cycle.id, tableVersion: table?.version ?? null, scorable };
  if (!scorer || !table) return { ...base, scorer, targets: [] as CrossTargetRow[] };

  const [sheets, counts, submissions] = await Promise.all([
    db().scoreSheet.findMany({ where: { tableId: table.id }, select: { agencyId: true, status: true } }),
    db().crossScore.groupBy({
      by: ["targetAgencyId"],
      where: { cycleId: cycle.id, scorerAgencyId: scorer.id, criterion: { tableId: table.id } },
      _count: { _all: true },
    }),
    db().crossScoreSubmission.findMany({ where: { cycleId: cycle.id, scorerAgencyId: scorer.id }, select: { targetAgencyId: true, submittedAt: true } }),
  ]);
  const status = new Map(sheets.map((s) => [s.agencyId, s.status]));
  const count = new Map(counts.map((c) => [c.targetAgencyId, c._count._all]));
  const submitted = new Map(submissions.map((s) => [s.targetAgencyId, s.submittedAt]));
  const targets = members
    .filter((m) => m.id !== scorer.id)
    .map((m): CrossTargetRow => ({
      agencyId: m.id,
      agencyCode: m.code,
      agencyName: m.name,
      selfStatus: status.get(m.id) ?? null,
      scored: count.get(m.id) ?? 0,
      submittedAt: submitted.get(m.id) ?? null,
    }));
  return { ...base, scorer, targets: sortVi(targets, (t) => t.agencyName) };
}

export type CrossTargets = Awaited<ReturnType<typeof findCrossTargets>>;
