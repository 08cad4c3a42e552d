/**
 * Cross-scoring (chấm chéo), docs/domain/score-review.md#cross-scoring [I] and docs/domain/edge-cases.md#case-12: every member scores every
 * other member; the final value of an entry is the mean of the others' scores, a trimmed mean
 * (one highest and one lowest dropped) when there are at least five scorers; the spread is
 * shown and entries where scorers differ by more than a configured number of points are flagged.
 */
import { roundPoints } from "./round";

export interface CrossScoreInput {
  scorerAgencyId: string;
  points: number;
}

export interface CrossScoreOptions {
  /** Flag when max − min is strictly above this many points; never flagged when absent. */
  spreadThreshold?: number | null;
  /** Trim from this many scorers on (default five; never below three). */
  trimFrom?: number;
}

export interface CrossScoreResult {
  /** Unrounded (rounding happens once, on the total); null when no other member scored. */
  value: number | null;
  method: "MEAN" | "TRIMMED_MEAN" | "NONE";
  /** Scorers counted (the target's own score excluded). */
  scorerCount: number;
  /** The target agency's own scores, dropped: a unit never scores itself (docs/domain/edge-cases.md#case-12). */
  droppedSelf: CrossScoreInput[];
  /** The scores the trimmed mean left out (one highest, one lowest). */
  trimmed: { highest: CrossScoreInput; lowest: CrossScoreInput } | null;
  /** max − min of the counted scores (before trimming); 0 with fewer than two. */
  spread: number;
  flagged: boolean;
}

export function crossScoreValue(targetAgencyId: string, scores: readonly CrossScoreInput[], options: CrossScoreOptions = {}): CrossScoreResult {
  const droppedSelf = scores.filter((s) => s.scorerAgencyId === targetAgencyId);
  const others = scores.filter((s) => s.scorerAgencyId !== targetAgencyId);
  const base = { droppedSelf, scorerCount: others.length };
  if (others.length === 0) return { ...base, value: null, method: "NONE", trimmed: null, spread: 0, flagged: false };

  // Exactly one highest and one lowest are dropped: the first highest met, then the first
  // lowest among the others (so with all scores equal two different scorers are dropped).
  let hi = 0;
  let total = 0;
  for (let i = 0; i < others.length; i++) {
    if (others[i].points > others[hi].points) hi = i;
    total += others[i].points;
  }
  let lo = hi === 0 ? 1 : 0;
  for (let i = 0; i < others.length; i++) if (i !== hi && others[i].points < others[lo].points) lo = i;
  const highest = others[hi];
  const lowest = others.length > 1 ? others[lo] : others[hi];
  const spread = highest.points - lowest.points;
  const threshold = options.spreadThreshold;
  // Spread is compared at 2 decimals so 0.1 + 0.2 style noise never flags an entry by itself.
  const flagged = threshold !== null && threshold !== undefined && roundPoints(spread) > roundPoints(threshold);

  if (others.length >= Math.max(3, options.trimFrom ?? 5)) {
    const value = (total - highest.points - lowest.points) / (others.length - 2);
    return { ...base, value, method: "TRIMMED_MEAN", trimmed: { highest, lowest }, spread, flagged };
  }
  return { ...base, value: total / others.length, method: "MEAN", trimmed: null, spread, flagged };
}

/** What SQL can hand over per (target, criterion) instead of every score: count, sum, max, min. */
export interface CrossScoreAggregate {
  count: number;
  total: number;
  highest: number;
  lowest: number;
}

/**
 * The value of crossScoreValue from an aggregate of the others' scores (the target's own
 * excluded by the caller): the same mean or trimmed mean, because the trimmed mean drops exactly
 * one highest and one lowest score. Lets the results reader read one row per entry, not one
 * per scorer (docs/benchmarks/scoring.md). null when nobody scored.
 */
export function crossScoreValueFromAggregate(a: CrossScoreAggregate, options: CrossScoreOptions = {}): number | null {
  if (a.count <= 0) return null;
  if (a.count >= Math.max(3, options.trimFrom ?? 5)) return (a.total - a.highest - a.lowest) / (a.count - 2);
  return a.total / a.count;
}
