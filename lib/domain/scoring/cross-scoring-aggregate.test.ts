import { describe, expect, it } from "vitest";
import { crossScoreValue, crossScoreValueFromAggregate } from "./cross-scoring";

/** Deterministic pseudo-random scores with two decimals, as stored. */
function scores(seed: number, n: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.round((x / 2147483648) * 2000) / 100;
  });
}

describe("crossScoreValueFromAggregate equals crossScoreValue", () => {
  const cases: [number, number, number][] = [];
  for (let n = 0; n <= 12; n++) for (const trimFrom of [3, 5, 6, 12]) cases.push([n, trimFrom, n * 31 + trimFrom]);
  it.each(cases)("%i scorers, trimming from %i (seed %i)", (n, trimFrom, seed) => {
    const points = scores(seed, n);
    const list = points.map((p, i) => ({ scorerAgencyId: `a${i}`, points: p }));
    const expected = crossScoreValue("target", list, { trimFrom }).value;
    const aggregate = { count: n, total: points.reduce((s, p) => s + p, 0), highest: n ? Math.max(...points) : 0, lowest: n ? Math.min(...points) : 0 };
    const actual = crossScoreValueFromAggregate(aggregate, { trimFrom });
    if (expected === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(expected, 9);
  });

  it("trims exactly one highest and one lowest when several scorers tie on them", () => {
    expect(crossScoreValueFromAggregate({ count: 5, total: 10 + 10 + 5 + 0 + 0, highest: 10, lowest: 0 }, { trimFrom: 5 })).toBe(5);
    expect(
      crossScoreValue(
        "t",
        [10, 10, 5, 0, 0].map((points, i) => ({ scorerAgencyId: `s${i}`, points })),
        { trimFrom: 5 },
      ).value,
    ).toBe(5);
  });
});
