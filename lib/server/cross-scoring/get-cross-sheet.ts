import "server-only";
import { crossScoringRefusal, crossSubmissionGaps, crossVisibility, isCrossScorable } from "@/lib/domain/cross-scoring-access";
import { can } from "@/lib/domain/permissions";
import { crossScoreValue, type CrossScoreResult } from "@/lib/domain/scoring/cross-scoring";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError, isAppError } from "@/lib/server/errors";
import type { SheetCriterionRow } from "@/lib/server/self-scoring/locked-table";
import { decimal, loadCrossCycle, scorerAgencyOf, viewerOf } from "./cross-context";
import { crossVersion } from "./internal/write-cross-scores";

export interface CrossSheetRow extends SheetCriterionRow {
  depth: number;
  scorable: boolean;
  /** The target's self-scoring entry, for reference; null unless its sheet was submitted. */
  self: {
    isNA: boolean;
    selfInput: number | null;
    actual: number | null;
    target: number | null;
    selfPoints: number | null;
    explanation: string | null;
    files: { id: string; name: string }[];
  } | null;
  mine: number | null;
  /** The other submitted scorers' points; null while hidden (before this agency submits). */
  others: { scorerAgencyId: string; scorerName: string; points: number }[] | null;
  /** Over every submitted scorer (this one included); null while hidden. */
  stats: Pick<CrossScoreResult, "value" | "method" | "scorerCount" | "spread" | "flagged"> | null;
}

/**
 * One target agency's cross-scoring form for the user's agency (the scorer): the criteria tree,
 * the target's submitted self-scores and evidence for reference, this agency's scores, and —
 * only after this agency submitted for the target (lib/domain/cross-scoring-access) — the other
 * submitted scorers' points with the mean, trimmed mean, spread and flag. Seven queries.
 */
export async function getCrossSheet(blocId: string, year: number, targetAgencyId: string) {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const { cycle, members, table } = await loadCrossCycle(blocId, year);
  const memberIds = new Set(members.map((m) => m.id));
  const target = members.find((m) => m.id === targetAgencyId);
  const scorerId = scorerAgencyOf(user, blocId, memberIds);
  if (!target || !scorerId) throw new AppError("NOT_FOUND");
  const refusal = crossScoringRefusal(scorerId, targetAgencyId, memberIds);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  const scorer = members.find((m) => m.id === scorerId)!;
  const base = { cycleId: cycle.id, mode: cycle.scoringMode, scorer, target };
  if (!table) return { ...base, table: null } as const;

  const [sheet, scores, submissions] = await Promise.all([
    db().scoreSheet.findUnique({
      where: { tableId_agencyId: { tableId: table.id, agencyId: targetAgencyId } },
      select: { status: true, entries: { include: { files: { select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } } } } },
    }),
    db().crossScore.findMany({
      where: { cycleId: cycle.id, targetAgencyId, criterion: { tableId: table.id } },
      select: { scorerAgencyId: true, criterionId: true, points: true },
    }),
    db().crossScoreSubmission.findMany({ where: { cycleId: cycle.id, targetAgencyId }, select: { scorerAgencyId: true, submittedAt: true } }),
  ]);
  const submittedIds = new Set(submissions.map((s) => s.scorerAgencyId));
  const visibility = crossVisibility(viewerOf(user, blocId, memberIds), targetAgencyId, submittedIds);
  const options = cycle.rules.crossScoring;
  const names = new Map(members.map((m) => [m.id, m.name]));
  // Another member reads the target's self-scoring only to cross-score it: in a year scored by
  // verification it stays with the agency, its verifier and the readers (as its evidence does).
  const selfShown = cycle.scoringMode === "CROSS_SCORING" && sheet && (sheet.status === "SUBMITTED" || sheet.status === "VERIFIED");
  const selfByCriterion = new Map((selfShown ? sheet.entries : []).map((e) => [e.criterionId, e]));
  const mine = new Map<string, number>();
  const counted = new Map<string, { scorerAgencyId: string; points: number }[]>();
  for (const s of scores) {
    if (s.scorerAgencyId === scorerId) mine.set(s.criterionId, s.points.toNumber());
    if (!submittedIds.has(s.scorerAgencyId)) continue;
    const list = counted.get(s.criterionId) ?? [];
    list.push({ scorerAgencyId: s.scorerAgencyId, points: s.points.toNumber() });
    counted.set(s.criterionId, list);
  }

  const parents = new Set(table.criteria.map((c) => c.parentId).filter((p): p is string => p !== null));
  const depth = new Map<string, number>();
  const rows = table.criteria.map((c): CrossSheetRow => {
    depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0);
    const e = selfByCriterion.get(c.id);
    const scorable = isCrossScorable(c, parents);
    const list = counted.get(c.id) ?? [];
    const shown = visibility === "ALL" && scorable;
    const r = shown ? crossScoreValue(targetAgencyId, list, options) : null;
    return {
      ...c,
      depth: depth.get(c.id)!,
      scorable,
      self: e
        ? {
            isNA: e.isNA,
            selfInput: decimal(e.selfInput),
            actual: decimal(e.actual),
            target: decimal(e.target),
            selfPoints: decimal(e.selfPoints),
            explanation: e.explanation,
            files: e.files.map((f) => ({ id: f.id, name: f.originalName })),
          }
        : null,
      mine: mine.get(c.id) ?? null,
      others: shown ? list.filter((s) => s.scorerAgencyId !== scorerId).map((s) => ({ ...s, scorerName: names.get(s.scorerAgencyId) ?? "" })) : null,
      stats: r && { value: r.value, method: r.method, scorerCount: r.scorerCount, spread: r.spread, flagged: r.flagged },
    };
  });

  const submittedAt = submissions.find((s) => s.scorerAgencyId === scorerId)?.submittedAt ?? null;
  const phase = await requireOpenPhase(db(), cycle.id, "VERIFICATION").then(
    () => ({ open: true, reason: null as string | null }),
    (e: unknown) => {
      if (isAppError(e) && e.code === "PHASE_CLOSED") return { open: false, reason: e.message };
      throw e;
    },
  );
  const editable = cycle.scoringMode === "CROSS_SCORING" && phase.open && !submittedAt;
  return {
    ...base,
    table: { id: table.id, version: table.version, title: table.title, scale: table.scale },
    selfStatus: sheet?.status ?? null,
    rows,
    visibility,
    submittedAt,
    submittedCount: submittedIds.size,
    options,
    missing: crossSubmissionGaps(table.criteria, new Set(mine.keys())),
    /** The version of this agency's scores of the target, for the form's saves. */
    version: crossVersion(mine),
    phase,
    canSave: editable,
    canSubmit: editable && can(user, "score:submit:own", { blocId, agencyId: scorerId }),
  };
}

export type CrossSheetView = Awaited<ReturnType<typeof getCrossSheet>>;
