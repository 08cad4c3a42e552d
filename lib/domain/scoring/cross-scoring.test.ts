import { describe, expect, test } from "vitest";
import { type CrossScoreInput, crossScoreValue } from "./cross-scoring";

/** Scores given to agency "T" by scorers s1, s2, … in order. */
const by = (...points: number[]): CrossScoreInput[] => points.map((p, i) => ({ scorerAgencyId: `s${i + 1}`, points: p }));
const self = (points: number): CrossScoreInput => ({ scorerAgencyId: "T", points });

describe("crossScoreValue (docs/domain/score-review.md#cross-scoring, docs/domain/edge-cases.md#case-12)", () => {
  test.each<[string, CrossScoreInput[], { value: number | null; method: string; scorerCount: number }]>([
    ["one other scorer: their score", by(8), { value: 8, method: "MEAN", scorerCount: 1 }],
    ["two scorers: the mean", by(8, 9), { value: 8.5, method: "MEAN", scorerCount: 2 }],
    ["four scorers: the plain mean, nothing dropped", by(6, 8, 9, 10), { value: 8.25, method: "MEAN", scorerCount: 4 }],
    ["trimmed mean with 5 scorers drops exactly one highest and one lowest", by(2, 8, 9, 10, 15), { value: 9, method: "TRIMMED_MEAN", scorerCount: 5 }],
    ["trimmed mean with equal highs drops only one of them", by(10, 10, 8, 6, 4), { value: 8, method: "TRIMMED_MEAN", scorerCount: 5 }],
    ["trimmed mean with equal lows drops only one of them", by(4, 4, 8, 6, 10), { value: 6, method: "TRIMMED_MEAN", scorerCount: 5 }],
    ["all scores equal: the trimmed mean is that score", by(7, 7, 7, 7, 7, 7), { value: 7, method: "TRIMMED_MEAN", scorerCount: 6 }],
    ["a scorer never scores itself: its own score is dropped", [self(20), ...by(8, 10)], { value: 9, method: "MEAN", scorerCount: 2 }],
    ["4 others and the target itself make 4 scorers: no trimming", [self(0), ...by(6, 8, 9, 10)], { value: 8.25, method: "MEAN", scorerCount: 4 }],
    ["nobody but the target scored: no value", [self(10)], { value: null, method: "NONE", scorerCount: 0 }],
    ["no scores at all: no value", [], { value: null, method: "NONE", scorerCount: 0 }],
  ])("%s", (_name, scores, expected) => {
    expect(crossScoreValue("T", scores)).toMatchObject(expected);
  });

  test("the dropped self-score is reported", () => {
    expect(crossScoreValue("T", [self(20), ...by(8)]).droppedSelf).toEqual([self(20)]);
  });

  test("the trimmed scores are reported, and with equal scores they are two different scorers", () => {
    expect(crossScoreValue("T", by(2, 8, 9, 10, 15)).trimmed).toEqual({
      highest: { scorerAgencyId: "s5", points: 15 },
      lowest: { scorerAgencyId: "s1", points: 2 },
    });
    const equal = crossScoreValue("T", by(7, 7, 7, 7, 7)).trimmed!;
    expect(equal.highest.scorerAgencyId).not.toBe(equal.lowest.scorerAgencyId);
  });

  test("the mean is not rounded (rounding happens on the total)", () => {
    expect(crossScoreValue("T", by(1, 1, 2)).value).toBeCloseTo(4 / 3, 12);
  });
});

describe("spread and flag", () => {
  test.each<[string, CrossScoreInput[], number | null | undefined, number, boolean]>([
    ["spread is max − min, before trimming", by(2, 8, 9, 10, 15), 20, 13, false],
    ["flagged when the spread is above the threshold", by(5, 9), 3, 4, true],
    ["not flagged when the spread equals the threshold (strictly above)", by(5, 8), 3, 3, false],
    ["float noise (0.1 + 0.2 vs 0.3) does not flag", by(0, 0.1 + 0.2), 0.3, 0.1 + 0.2, false],
    ["no threshold configured: never flagged", by(0, 100), undefined, 100, false],
    ["a null threshold: never flagged", by(0, 100), null, 100, false],
    ["a single scorer has no spread", by(8), 0, 0, false],
    ["the target's own outlier does not widen the spread", [self(0), ...by(8, 9)], 0.5, 1, true],
  ])("%s", (_name, scores, threshold, spread, flagged) => {
    const r = crossScoreValue("T", scores, { spreadThreshold: threshold });
    expect(r.spread).toBe(spread);
    expect(r.flagged).toBe(flagged);
  });
});

describe("configured trimming", () => {
  test.each<[string, number, number, string]>([
    ["trim from 4 scorers", 4, 4, "TRIMMED_MEAN"],
    ["trim from 6: five scorers are not trimmed", 6, 5, "MEAN"],
    ["trimming never starts below 3 scorers (2 would leave nothing)", 1, 2, "MEAN"],
    ["trim from 3: three scorers keep the median", 3, 3, "TRIMMED_MEAN"],
  ])("%s", (_name, trimFrom, n, method) => {
    const scores = by(...Array.from({ length: n }, (_, i) => i + 1));
    expect(crossScoreValue("T", scores, { trimFrom }).method).toBe(method);
  });
});
