/**
 * Plain data of the scoring engine (docs/domain/scoring.md). Numbers are plain
 * JS numbers: the caller converts Prisma Decimals with Number() on the way in.
 * Nothing here reads the database, the clock or the session.
 */

/** Same values as the schema's enum CriterionType (prisma/schema.prisma). */
export type CriterionType = "GROUP" | "GRADED" | "QUANTITATIVE" | "YES_NO" | "COUNT" | "BONUS" | "PENALTY" | "GATE";

export interface CriterionLevelDef {
  order: number;
  points: number;
}

/**
 * One node of a criteria table: groups → criteria → sub-criteria (docs/domain/scoring.md#criteria-tree [S59][S60]).
 * The caller passes the nodes in table order (Criterion.order, parents before or after
 * children — only the order among siblings matters).
 */
export interface CriterionDef {
  id: string;
  code: string;
  parentId: string | null;
  type: CriterionType;
  maxPoints: number;
  minPoints: number;
  /** % of the maximum below which a unit cannot reach any band (docs/domain/scoring.md#bands [S71], docs/domain/edge-cases.md#case-9). */
  floorPct?: number | null;
  allowNA: boolean;
  /** QUANTITATIVE only: the leader-relative formula of docs/domain/scoring.md#leader-relative [S59]. */
  useLeaderFormula: boolean;
  /** COUNT / BONUS / PENALTY: points per occurrence (negative for COUNT = counts down from the max). */
  pointsPerUnit?: number | null;
  /** COUNT / BONUS: defaults to maxPoints. PENALTY: the largest deduction (none when absent). */
  cap?: number | null;
  /** GRADED only. */
  levels?: readonly CriterionLevelDef[];
}

export interface EntryInput {
  criterionId: string;
  isNA: boolean;
  /**
   * GRADED: the chosen level's order; YES_NO: 1 achieved / 0 not; GATE: 1 = the veto
   * condition happened / 0 = it did not; COUNT, BONUS, PENALTY: the number of occurrences.
   */
  value?: number | null;
  /** QUANTITATIVE: actual vs target ("Định lượng", docs/domain/scoring.md#criterion-types). */
  actual?: number | null;
  target?: number | null;
  /**
   * Points already decided by a person (a verified value, a cross-scored mean, a final
   * value — docs/domain/score-review.md#three-columns): used as they are, clamped to the criterion's range, instead of
   * converting the raw input. For PENALTY it is the deduction. Ignored for GATE.
   */
  points?: number | null;
}

export interface Band {
  key: string;
  label: string;
  minTotal: number;
  /** Every applicable criterion must reach this % of its maximum (unless it has its own floorPct). */
  minCriterionPct: number;
}

/** Tie-break rules of docs/domain/scoring.md#tie-break [I], applied in the configured order. */
export type TieBreakRule =
  /** Higher score in one group; without groupCode, the first base group of the table (group I). */
  { kind: "GROUP_SCORE"; groupCode?: string } | { kind: "FEWER_PENALTY" } | { kind: "MORE_FULL_MARKS" } | { kind: "HIGHER_BONUS" };

export interface ScoringRules {
  /** The declared scale of the base groups, e.g. 100 (docs/domain/scoring.md#criteria-tree). */
  scale: number;
  /** Cap on the sum of all bonuses (CriteriaTable.bonusCap); none when absent. */
  bonusCap?: number | null;
  /**
   * Ordered best first. The LAST band is the fallback: a unit that reaches no other band
   * gets it, whatever its thresholds say (so no −Infinity has to be stored in a config).
   */
  bands: readonly Band[];
  tieBreak: readonly TieBreakRule[];
}

/**
 * Nghệ An floor pattern (docs/domain/scoring.md#bands [S71], applied [I]): ≥ 90 and no criterion < 85%;
 * 80–<90 and none < 80%; 70–<80 and none < 70%; otherwise not completed.
 */
export const DEFAULT_BANDS: readonly Band[] = [
  { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: 90, minCriterionPct: 85 },
  { key: "TOT", label: "Hoàn thành tốt nhiệm vụ", minTotal: 80, minCriterionPct: 80 },
  { key: "HOAN_THANH", label: "Hoàn thành nhiệm vụ", minTotal: 70, minCriterionPct: 70 },
  { key: "KHONG_HOAN_THANH", label: "Không hoàn thành nhiệm vụ", minTotal: 0, minCriterionPct: 0 },
];

/**
 * docs/domain/scoring.md#tie-break [I]: (a) higher group I score, (b) fewer penalty points, (c) more criteria
 * at full marks, (d) higher bonus; (e) whoever is still tied goes to a run-off vote.
 */
export const DEFAULT_TIE_BREAK: readonly TieBreakRule[] = [
  { kind: "GROUP_SCORE" },
  { kind: "FEWER_PENALTY" },
  { kind: "MORE_FULL_MARKS" },
  { kind: "HIGHER_BONUS" },
];

export const DEFAULT_RULES: ScoringRules = { scale: 100, bonusCap: null, bands: DEFAULT_BANDS, tieBreak: DEFAULT_TIE_BREAK };

/**
 * A deduction from an agency's total outside the criteria table — a late submission
 * (docs/decisions/0042-late-submission.md) — with the line and the reason that explain it.
 */
export interface ExtraDeduction {
  label: string;
  reason: string;
  points: number;
}

export type ScoringErrorCode =
  "NA_NOT_ALLOWED" | "UNKNOWN_LEVEL" | "BAD_VALUE" | "MISSING_RULE" | "NEEDS_BLOC" | "GROUP_NOT_SCORED" | "UNKNOWN_CRITERION" | "DUPLICATE_ENTRY";

/** A value error in one entry: a returned outcome, never thrown. The entry then counts 0. */
export interface ScoringError {
  criterionId: string;
  code: ScoringErrorCode;
  message: string;
}

/**
 * The outcome of one entry. `points` are unrounded (rounding happens once, on the total):
 * base or bonus points, or for PENALTY the deduction (≥ 0). MISSING = not scored yet (counts 0).
 */
export interface CriterionPoints {
  criterionId: string;
  status: "SCORED" | "NA" | "MISSING" | "INVALID";
  points: number;
  /** GATE only: the veto condition happened. */
  vetoed: boolean;
  error?: ScoringError;
}
