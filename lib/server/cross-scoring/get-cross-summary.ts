import "server-only";
import { crossVisibility, isCrossScorable } from "@/lib/domain/cross-scoring-access";
import { crossScoreValue, type CrossScoreResult } from "@/lib/domain/scoring/cross-scoring";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { loadCrossCycle, viewerOf } from "./cross-context";

export type CrossCell = Pick<CrossScoreResult, "value" | "method" | "scorerCount" | "spread" | "flagged">;

export interface CrossSummaryRow {
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  /** Scorer agencies that submitted for this target, out of members − 1. */
  submittedScorers: number;
  /** True while the viewer's own agency, a scorer, has not submitted for this target (no cells then). */
  hidden: boolean;
  /** By criterion id; only SUBMITTED scorers count. */
  cells: Record<string, CrossCell>;
}

/**
 * The bloc's cross-scoring matrix (targets × scorable criteria) for those who read every sheet:
 * per cell the mean or trimmed mean, the method, the number of submitted scorers, the spread and
 * the flag. A reader whose own agency is a scorer sees a target's row only after their agency
 * submitted for it (lib/domain/cross-scoring-access). Five queries whatever the bloc's size.
 */
export async function getCrossSummary(blocId: string, year: number) {
  const user = await requireUser();
  authorize(user, "score:read-all", { blocId }, { hidden: true });
  const { cycle, members, table } = await loadCrossCycle(blocId, year);
  const options = cycle.rules.crossScoring;
  if (!table) return { mode: cycle.scoringMode, options, table: null, criteria: [], rows: [] as CrossSummaryRow[] };

  const [scores, submissions] = await Promise.all([
    db().crossScore.findMany({
      where: { cycleId: cycle.id, criterion: { tableId: table.id } },
      select: { scorerAgencyId: true, targetAgencyId: true, criterionId: true, points: true },
    }),
    db().crossScoreSubmission.findMany({ where: { cycleId: cycle.id }, select: { scorerAgencyId: true, targetAgencyId: true } }),
  ]);
  const memberIds = new Set(members.map((m) => m.id));
  const viewer = viewerOf(user, blocId, memberIds);
  const submittedBy = new Map<string, Set<string>>();
  for (const s of submissions) {
    if (!memberIds.has(s.scorerAgencyId)) continue;
    submittedBy.set(s.targetAgencyId, (submittedBy.get(s.targetAgencyId) ?? new Set()).add(s.scorerAgencyId));
  }
  const counted = new Map<string, { scorerAgencyId: string; points: number }[]>();
  for (const s of scores) {
    if (!submittedBy.get(s.targetAgencyId)?.has(s.scorerAgencyId)) continue;
    const k = `${s.targetAgencyId}|${s.criterionId}`;
    const list = counted.get(k) ?? [];
    list.push({ scorerAgencyId: s.scorerAgencyId, points: s.points.toNumber() });
    counted.set(k, list);
  }
  const parents = new Set(table.criteria.map((c) => c.parentId).filter((p): p is string => p !== null));
  const criteria = table.criteria.filter((c) => isCrossScorable(c, parents)).map((c) => ({ id: c.id, code: c.code, name: c.name, maxPoints: c.maxPoints }));
  const rows = members.map((m): CrossSummaryRow => {
    const submitted = submittedBy.get(m.id) ?? new Set<string>();
    const hidden = crossVisibility(viewer, m.id, submitted) === "HIDDEN";
    const cells: Record<string, CrossCell> = {};
    if (!hidden) {
      for (const c of criteria) {
        const r = crossScoreValue(m.id, counted.get(`${m.id}|${c.id}`) ?? [], options);
        cells[c.id] = { value: r.value, method: r.method, scorerCount: r.scorerCount, spread: r.spread, flagged: r.flagged };
      }
    }
    return { agencyId: m.id, agencyCode: m.code, agencyName: m.name, submittedScorers: submitted.size, hidden, cells };
  });
  return {
    mode: cycle.scoringMode,
    options,
    table: { id: table.id, version: table.version, title: table.title },
    criteria,
    scorersPerTarget: Math.max(0, members.length - 1),
    rows: sortVi(rows, (r) => r.agencyName),
  };
}

export type CrossSummary = Awaited<ReturnType<typeof getCrossSummary>>;
