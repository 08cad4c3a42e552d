import "server-only";
import { activityProposals, proposalInput, type ActivityProposal } from "@/lib/domain/bloc-activity";
import { can } from "@/lib/domain/permissions";
import { describeGaps, hasValue, submissionGaps } from "@/lib/domain/self-scoring";
import { findActivityPoints } from "@/lib/server/activities/internal/activity-points";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { verdictOf, windowSelect, windowView } from "@/lib/server/deadlines/internal/submission-window";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { findLockedTable, needsBloc, scoreAlone, type SheetCriterionRow } from "./locked-table";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export interface SheetRow extends SheetCriterionRow {
  depth: number;
  entry: {
    isNA: boolean;
    selfInput: number | null;
    actual: number | null;
    target: number | null;
    explanation: string | null;
    files: { id: string; name: string }[];
  } | null;
  /** Unrounded engine points; null for groups and for criteria computed with the whole bloc. */
  points: number | null;
  needsBloc: boolean;
  vetoed: boolean;
  error: string | null;
  /**
   * The points the bloc's activities linked to this criterion give the agency (docs/decisions/0038,
   * 0040), on an empty row of a sheet it may still edit: `value` is what the input is filled with,
   * null when the proposal is only a note for this type of criterion.
   */
  proposal: { points: number; titles: string[]; value: number | null } | null;
}

/**
 * One agency's self-scoring sheet on the cycle's latest LOCKED table: the agency's own leader
 * and officer, or anyone who may read every sheet (read-only for them). `table` is null while
 * no table of the year is locked.
 */
export async function getScoreSheet(blocId: string, year: number, agencyId: string) {
  const user = await requireUser();
  authorize(user, ["score:read-all", "score:edit:own"], { blocId, agencyId }, { hidden: true });
  // The membership, the year's cycle and its phases in one statement.
  const member = await db().membership.findUnique({
    where: { blocId_agencyId_year: { blocId, agencyId, year } },
    select: {
      agency: { select: { id: true, code: true, name: true } },
      bloc: {
        select: {
          cycles: {
            where: { year },
            select: {
              id: true,
              ...windowSelect(agencyId, "SELF_SCORING"),
              lateSubmissions: { where: { agencyId, step: "SELF_SCORING" }, select: { daysLate: true, points: true } },
            },
          },
        },
      },
    },
  });
  const cycle = member?.bloc.cycles[0];
  if (!member || !cycle) throw new AppError("NOT_FOUND");

  const table = await findLockedTable(db(), cycle.id);
  if (!table) return { agency: member.agency, table: null } as const;
  const sheet = await db().scoreSheet.findUnique({
    where: { tableId_agencyId: { tableId: table.id, agencyId } },
    include: { entries: { include: { files: { select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } } } } },
  });
  const entries = (sheet?.entries ?? []).map((e) => ({
    criterionId: e.criterionId,
    isNA: e.isNA,
    selfInput: num(e.selfInput),
    actual: num(e.actual),
    target: num(e.target),
    explanation: e.explanation,
    files: e.files.map((f) => ({ id: f.id, name: f.originalName })),
    fileCount: e.files.length,
  }));
  const byCriterion = new Map(entries.map((e) => [e.criterionId, e]));
  const { points, totals } = scoreAlone(table, entries);

  const editable = !sheet || sheet.status === "DRAFT" || sheet.status === "RETURNED";
  const canEdit = editable && can(user, "score:edit:own", { blocId, agencyId });
  // The agency's own window: its extension, or late within the year's grace (docs/decisions/0042-late-submission.md).
  const phase = windowView(verdictOf(cycle, "SELF_SCORING"), "SELF_SCORING");
  // The proposal fills only a sheet its agency may still change; one more query, none per row.
  const proposals =
    canEdit && phase.open ? activityProposals(await findActivityPoints(cycle.id, agencyId), agencyId, table.criteria) : new Map<string, ActivityProposal>();

  const proposalOf = (c: (typeof table.criteria)[number], e: (typeof entries)[number] | undefined): SheetRow["proposal"] => {
    const found = c.type === "GROUP" || hasValue(c.type, e) ? undefined : proposals.get(c.code);
    return found ? { points: found.points, titles: found.titles, value: proposalInput(c, found.points) } : null;
  };
  const depth = new Map<string, number>();
  const rows: SheetRow[] = table.criteria.map((c) => {
    depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0);
    const p = points.get(c.id);
    const e = byCriterion.get(c.id);
    return {
      ...c,
      depth: depth.get(c.id)!,
      entry: e ? { isNA: e.isNA, selfInput: e.selfInput, actual: e.actual, target: e.target, explanation: e.explanation, files: e.files } : null,
      points: p && !needsBloc(p) ? p.points : null,
      needsBloc: needsBloc(p),
      vetoed: p?.vetoed ?? false,
      error: p?.error && !needsBloc(p) ? p.error.message : null,
      proposal: proposalOf(c, e),
    };
  });

  const recorded = cycle.lateSubmissions[0];
  const waived = cycle.deadlineOverrides[0]?.waived ?? false;
  return {
    agency: member.agency,
    table: { id: table.id, version: table.version, title: table.title, scale: table.scale },
    sheet: sheet ? { id: sheet.id, status: sheet.status, version: sheet.version, submittedAt: sheet.submittedAt } : null,
    rows,
    totals: { base: totals.base, bonus: totals.bonus, penalty: totals.penalty, total: totals.total, vetoed: totals.vetoed },
    /** What submission still needs, in table order, each with its row's code (the page links to it). */
    missing: gapLines(submissionGaps(table.criteria, entries)),
    phase,
    /** The sheet came late: the days and the deduction (none when waived). */
    late: recorded ? { daysLate: recorded.daysLate, points: waived ? 0 : recorded.points.toNumber(), waived } : null,
    canEdit,
    canSubmit: editable && !!sheet && can(user, "score:submit:own", { blocId, agencyId }),
  };
}

/** Each gap with its row's code and its line ("1.2 …: chưa có minh chứng"). */
function gapLines(gaps: ReturnType<typeof submissionGaps>) {
  const lines = describeGaps(gaps);
  return gaps.map((g, i) => ({ code: g.code, line: lines[i]! }));
}

export type ScoreSheetView = Awaited<ReturnType<typeof getScoreSheet>>;
