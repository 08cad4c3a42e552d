/**
 * The scoring engine (docs/domain/scoring.md): a bloc's criteria table and every agency's entries in, every
 * agency's result and the ranking out. Pure: the use cases in lib/server load the rows,
 * convert Decimals to numbers, call this, and store or show the result.
 *
 * Cost: the tree is prepared once; each QUANTITATIVE criterion makes one pass over the
 * agencies (docs/domain/scoring.md#leader-relative: the leader formula needs all of them); every other entry is O(1).
 * So a bloc is O(agencies × criteria) — no search inside the per-criterion loop.
 */
import { bandFor, type BandResult } from "./bands";
import { criterionPoints } from "./criterion-points";
import { blocQuantitativePoints } from "./leader-relative";
import { rankAgencies, type RankedAgency } from "./ranking";
import { sheetTotal, type SheetTotal } from "./sheet-total";
import { nodeLabel, prepareTable } from "./tree";
import { roundPoints } from "./round";
import type { CriterionDef, CriterionPoints, EntryInput, ExtraDeduction, ScoringError, ScoringRules } from "./types";

export interface AgencyResult extends SheetTotal {
  agencyId: string;
  /** Points of every scorable (non-group) criterion, by criterion id. */
  criteria: Record<string, CriterionPoints>;
  band: BandResult;
  /** Criteria with no usable entry yet (status MISSING), in table order. */
  missing: string[];
  /** Value errors of this agency's entries (those entries count 0). */
  errors: ScoringError[];
  /** Deductions outside the table (late submissions), already taken from `total`. */
  deductions: ExtraDeduction[];
}

export interface BlocResults {
  /** In the order of entriesByAgency. */
  agencies: AgencyResult[];
  ranking: RankedAgency[];
}

export function computeBlocResults(
  criteria: readonly CriterionDef[],
  entriesByAgency: Readonly<Record<string, readonly EntryInput[]>>,
  rules: ScoringRules,
  /** Per agency, deductions outside the table (docs/decisions/0042-late-submission.md): taken from the total once, before the band and the ranking. */
  deductionsByAgency: Readonly<Record<string, readonly ExtraDeduction[]>> = {},
): BlocResults {
  const table = prepareTable(criteria);
  const agencyIds = Object.keys(entriesByAgency);

  // Entries by agency and criterion; unknown criteria and duplicates are value errors.
  const indexed = agencyIds.map((agencyId) => {
    const byCriterion = new Map<string, EntryInput>();
    const errors: ScoringError[] = [];
    for (const e of entriesByAgency[agencyId]) {
      if (!table.byId.has(e.criterionId)) {
        errors.push({ criterionId: e.criterionId, code: "UNKNOWN_CRITERION", message: "Mục chấm điểm không thuộc bảng tiêu chí này." });
      } else if (byCriterion.has(e.criterionId)) {
        const label = nodeLabel(table.byId.get(e.criterionId)!);
        errors.push({ criterionId: e.criterionId, code: "DUPLICATE_ENTRY", message: `${label}: có nhiều hơn một mục chấm, chỉ mục đầu tiên được tính.` });
      } else {
        byCriterion.set(e.criterionId, e);
      }
    }
    return { agencyId, byCriterion, errors, points: new Map<string, CriterionPoints>() };
  });

  for (const def of table.leaves) {
    if (def.type === "QUANTITATIVE") {
      // Recomputed for everyone from everyone's inputs (docs/domain/edge-cases.md#case-7).
      const bloc = blocQuantitativePoints(
        def,
        indexed.map((a) => ({ agencyId: a.agencyId, entry: a.byCriterion.get(def.id) })),
      );
      for (const a of indexed) a.points.set(def.id, bloc.get(a.agencyId)!);
    } else {
      for (const a of indexed) a.points.set(def.id, criterionPoints(def, a.byCriterion.get(def.id)));
    }
  }

  const agencies = indexed.map(({ agencyId, byCriterion, errors, points }): AgencyResult => {
    // An entry typed on a group is refused: a group's points are the sum of its children.
    for (const id of byCriterion.keys()) {
      const def = table.byId.get(id)!;
      if (def.type === "GROUP") errors.push(criterionPoints(def, byCriterion.get(id)).error!);
    }
    const criteriaOut: Record<string, CriterionPoints> = {};
    const missing: string[] = [];
    for (const def of table.leaves) {
      const p = points.get(def.id)!;
      criteriaOut[def.id] = p;
      if (p.status === "MISSING") missing.push(def.id);
      if (p.error) errors.push(p.error);
    }
    const sheet = sheetTotal(table, points, rules);
    const deductions = (deductionsByAgency[agencyId] ?? []).filter((d) => d.points > 0);
    const extra = deductions.reduce((sum, d) => sum + d.points, 0);
    // The extra deductions count as penalties for the tie-break ("fewer penalty points") and the total.
    const totals = extra > 0 ? { ...sheet, penalty: sheet.penalty + extra, total: roundPoints(sheet.base + sheet.bonus - sheet.penalty - extra) } : sheet;
    return { agencyId, ...totals, criteria: criteriaOut, band: bandFor(totals.total, totals.leaves, rules.bands), missing, errors, deductions };
  });

  // The tie-break "group I" is the table's first base group when the rule names none (docs/domain/scoring.md#tie-break).
  const firstGroup = table.roots.find((c) => c.type === "GROUP" && table.section.get(c.id) === "BASE");
  const ranking = rankAgencies(
    agencies.map((a) => ({
      agencyId: a.agencyId,
      total: a.total,
      penalty: a.penalty,
      bonus: a.bonus,
      fullMarksCount: a.fullMarksCount,
      groupScores: Object.fromEntries(Object.values(a.groups).map((g) => [g.code, g.rescaled])),
    })),
    rules.tieBreak,
    { defaultGroupCode: firstGroup?.code ?? null },
  );
  return { agencies, ranking };
}

export { bandFor, type BandResult, type BandBlock, type BlockingCriterion } from "./bands";
export { criterionPoints } from "./criterion-points";
export {
  crossScoreValue,
  crossScoreValueFromAggregate,
  type CrossScoreAggregate,
  type CrossScoreInput,
  type CrossScoreOptions,
  type CrossScoreResult,
} from "./cross-scoring";
export { blocQuantitativePoints, leaderRelativeScore, noTargetScore } from "./leader-relative";
export { rankAgencies, type PlaceLabel, type RankedAgency, type RankingInput } from "./ranking";
export { roundPoints } from "./round";
export { sheetTotal, type GroupSubtotal, type LeafShare, type SheetTotal } from "./sheet-total";
export { prepareTable, type PreparedTable } from "./tree";
export { validateTable, type TableIssue } from "./validate-table";
export * from "./types";
