/**
 * Quantitative criteria computed across the whole bloc ("Định lượng" [S59], docs/domain/scoring.md#leader-relative
 * and docs/domain/scoring.md#worked-example, docs/domain/edge-cases.md#case-7). With the leader formula, half the points reward meeting the
 * target and the other half depend on the best unit in the bloc, so one unit's data moves
 * the others' points: this function takes every agency's input and returns every agency's
 * points. Calling it again whenever any input changes is the caller's job.
 */
import { clamp } from "./round";
import { decided, given, readQuantitative } from "./criterion-points";
import type { CriterionDef, CriterionPoints, EntryInput } from "./types";

export interface AgencyQuantInput {
  agencyId: string;
  entry: EntryInput | undefined;
}

/** The unit with the highest A/T above 1, as actual and target (not a float ratio). */
export interface Leader {
  actual: number;
  target: number;
}

/** Ratios closer than this count as equal (ties for leader), whatever float noise says. */
const RATIO_TOLERANCE = 1e-12;

/**
 * docs/domain/scoring.md#leader-relative [S59], for a unit with a target T > 0, r = A/T, leader ratio L:
 *   r < 1 → 0.5·Max·r;   r = 1 → 0.5·Max;   r = L → Max;
 *   1 < r < L → 0.5·Max + 0.5·Max·(r − 1)/(L − 1).
 * Written with A and T instead of r so exact inputs give exact results
 * ((11 − 10)·10 / (10·(12 − 10)) is exactly 0.5; 1.1 − 1 is not exactly 0.1).
 * `leader` is null when no unit exceeded its target: see blocQuantitativePoints.
 */
export function leaderRelativeScore(max: number, actual: number, target: number, leader: Leader | null): number {
  if (actual <= target) return (max * actual) / (2 * target);
  if (leader === null) return max / 2; // cannot happen: a unit above target makes a leader
  if (isLeaderRatio(actual, target, leader)) return max;
  return max / 2 + (max * (actual - target) * leader.target) / (2 * target * (leader.actual - leader.target));
}

function isLeaderRatio(actual: number, target: number, leader: Leader): boolean {
  const r = actual / target;
  const l = leader.actual / leader.target;
  return r >= l || Math.abs(r - l) <= RATIO_TOLERANCE * l;
}

/** [S59] units with no target: A ÷ (highest A among the no-target units) × Max; all zero → 0. */
export function noTargetScore(max: number, actual: number, bestActual: number): number {
  return bestActual > 0 ? (max * actual) / bestActual : 0;
}

/**
 * Points of one QUANTITATIVE criterion for every agency of the bloc.
 *
 * Reading [I] (documented, not in the source): the leader's half goes only to a unit whose
 * A/T is above 1. If nobody exceeded the target, the "highest A/T" may be below target, and
 * giving that unit the Max would pay the full points for missing the target while a unit
 * exactly on target next year would get half. So when nobody is above 1, everyone is
 * scored by the "r ≤ 1" branches only. Ties for leader all get the Max.
 *
 * Zero or missing targets use the no-target rule in both modes (with and without the leader
 * formula): a unit without a target can be compared only with the other units without one.
 * A decided `points` value (verified, final) replaces that agency's own computation, but its
 * actual and target are still facts that feed the leader and the no-target best.
 */
export function blocQuantitativePoints(def: CriterionDef, inputs: readonly AgencyQuantInput[]): Map<string, CriterionPoints> {
  const read = inputs.map((i) => ({ agencyId: i.agencyId, entry: i.entry, q: readQuantitative(def, i.entry) }));
  let bestNoTarget = 0;
  let leader: Leader | null = null;
  for (const { q } of read) {
    if (q.kind === "NO_TARGET") bestNoTarget = Math.max(bestNoTarget, q.actual);
    else if (q.kind === "TARGET" && q.actual > q.target) {
      if (leader === null || q.actual * leader.target > leader.actual * q.target) leader = { actual: q.actual, target: q.target };
    }
  }

  const out = new Map<string, CriterionPoints>();
  for (const { agencyId, entry, q } of read) {
    const isNA = !entry || entry.isNA;
    if (!isNA && given(entry.points)) {
      out.set(agencyId, decided(def, entry.points));
      continue;
    }
    if (q.kind === "DONE") {
      out.set(agencyId, q.result);
      continue;
    }
    let raw: number;
    if (q.kind === "NO_TARGET") raw = noTargetScore(def.maxPoints, q.actual, bestNoTarget);
    else if (def.useLeaderFormula) raw = leaderRelativeScore(def.maxPoints, q.actual, q.target, leader);
    else raw = (def.maxPoints * Math.min(q.actual, q.target)) / q.target;
    out.set(agencyId, { criterionId: def.id, status: "SCORED", points: clamp(raw, def.minPoints, def.maxPoints), vetoed: false });
  }
  return out;
}
