/**
 * Ranking of a bloc's agencies (docs/domain/scoring.md#ranking): total (base + bonus − penalty) descending, then
 * the configured tie-break rules in order; whoever is still tied shares the rank and goes to a
 * secret-ballot run-off at the conference (docs/domain/scoring.md#tie-break (e), docs/domain/edge-cases.md#case-19). "Nhất / Nhì / Ba" as Hữu Lũng
 * did [S43]. A vetoed agency stays ranked: a gate stops nomination, not ranking (docs/domain/edge-cases.md#case-21).
 */
import { roundPoints } from "./round";
import type { TieBreakRule } from "./types";

export interface RankingInput {
  agencyId: string;
  /** The rounded total. */
  total: number;
  penalty: number;
  bonus: number;
  fullMarksCount: number;
  /** Group scores by group code (N/A rescaled: GroupSubtotal.rescaled). */
  groupScores: Readonly<Record<string, number>>;
}

export type PlaceLabel = "Nhất" | "Nhì" | "Ba";

export interface RankedAgency {
  agencyId: string;
  /** Competition ranking: two agencies tied for 1st are both 1, the next one is 3. */
  rank: number;
  label: PlaceLabel | null;
  /** Equal on the total and on every tie-break rule with at least one other agency. */
  needsRunoff: boolean;
  /** The rule that put this agency below the one just above it when their totals are equal. */
  separatedBy: TieBreakRule["kind"] | null;
}

const LABELS: Record<number, PlaceLabel> = { 1: "Nhất", 2: "Nhì", 3: "Ba" };

export interface RankingOptions {
  /** The group a GROUP_SCORE rule without groupCode compares (the table's first base group). */
  defaultGroupCode?: string | null;
}

/** Larger is better for every key, so a penalty is compared negated. Values are rounded to 2
 * decimals first so float noise never decides a tie. */
function keyOf(rule: TieBreakRule, a: RankingInput, options: RankingOptions): number {
  switch (rule.kind) {
    case "GROUP_SCORE": {
      const code = rule.groupCode ?? options.defaultGroupCode;
      return code ? roundPoints(a.groupScores[code] ?? 0) : 0;
    }
    case "FEWER_PENALTY":
      return -roundPoints(a.penalty);
    case "MORE_FULL_MARKS":
      return a.fullMarksCount;
    case "HIGHER_BONUS":
      return roundPoints(a.bonus);
  }
}

/** The first rule (or the total, as null) that tells a and b apart; undefined when none does. */
function firstDifference(
  a: RankingInput,
  b: RankingInput,
  tieBreak: readonly TieBreakRule[],
  options: RankingOptions,
): { by: TieBreakRule["kind"] | null; diff: number } | undefined {
  if (a.total !== b.total) return { by: null, diff: b.total - a.total };
  for (const rule of tieBreak) {
    const diff = keyOf(rule, b, options) - keyOf(rule, a, options);
    if (diff !== 0) return { by: rule.kind, diff };
  }
  return undefined;
}

export function rankAgencies(inputs: readonly RankingInput[], tieBreak: readonly TieBreakRule[], options: RankingOptions = {}): RankedAgency[] {
  // Array.prototype.sort is stable: agencies tied on everything keep the caller's order.
  const sorted = [...inputs].sort((a, b) => firstDifference(a, b, tieBreak, options)?.diff ?? 0);
  const out: RankedAgency[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const cur = sorted[i];
    const above = i > 0 ? firstDifference(sorted[i - 1], cur, tieBreak, options) : { by: null, diff: 1 };
    const tiedAbove = above === undefined;
    const rank = tiedAbove ? out[i - 1].rank : i + 1;
    if (tiedAbove) out[i - 1].needsRunoff = true;
    out.push({ agencyId: cur.agencyId, rank, label: LABELS[rank] ?? null, needsRunoff: tiedAbove, separatedBy: above?.by ?? null });
  }
  return out;
}
