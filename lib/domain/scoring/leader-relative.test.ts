import { describe, expect, test } from "vitest";
import { def } from "./fixtures";
import { blocQuantitativePoints, type Leader, leaderRelativeScore, noTargetScore } from "./leader-relative";
import { roundPoints } from "./round";
import type { CriterionDef, EntryInput } from "./types";

const leaderCrit = def("c1", "1", "g1", "QUANTITATIVE", 20, { useLeaderFormula: true });
const plainCrit = def("c1", "1", "g1", "QUANTITATIVE", 20);

type Row = { actual?: number | null; target?: number | null; isNA?: boolean; points?: number } | undefined;

/** Points by agency for one criterion, from rows keyed by agency. */
function bloc(d: CriterionDef, rows: Record<string, Row>) {
  const inputs = Object.entries(rows).map(([agencyId, r]) => ({
    agencyId,
    entry: r === undefined ? undefined : ({ criterionId: d.id, isNA: r.isNA ?? false, actual: r.actual, target: r.target, points: r.points } as EntryInput),
  }));
  const out = blocQuantitativePoints(d, inputs);
  return Object.fromEntries([...out].map(([id, p]) => [id, p.status === "SCORED" ? p.points : p.status]));
}

describe("the worked example of docs/domain/scoring.md#worked-example (criterion 1, max 20)", () => {
  const result = bloc(leaderCrit, {
    "Ban Tổ chức": { actual: 12, target: 10 },
    UBKT: { actual: 11, target: 10 },
    "Văn phòng": { actual: 8, target: 8 },
    "Trường Chính trị": { actual: 9, target: 10 },
  });

  test.each<[string, number]>([
    ["Ban Tổ chức", 20],
    ["UBKT", 15],
    ["Văn phòng", 10],
    ["Trường Chính trị", 9],
  ])("%s scores exactly %d", (agency, expected) => {
    expect(result[agency]).toBe(expected);
    expect(roundPoints(result[agency] as number)).toBe(expected);
  });
});

describe("leaderRelativeScore (max 20, leader 12/10)", () => {
  const leader: Leader = { actual: 12, target: 10 };
  test.each<[string, number, number, number]>([
    ["A = 0 gives 0", 0, 10, 0],
    ["A < T gives 0.5 · Max · r", 9, 10, 9],
    ["A = T gives exactly half", 10, 10, 10],
    ["just above target gets just above half", 10.1, 10, 10.5],
    ["halfway between target and leader gets three quarters", 11, 10, 15],
    ["the leader gets the max", 12, 10, 20],
    ["the same ratio as the leader with other figures also gets the max", 6, 5, 20],
  ])("%s", (_name, actual, target, expected) => {
    expect(leaderRelativeScore(20, actual, target, leader)).toBeCloseTo(expected, 10);
  });

  test("with no leader (nobody above target) a unit on target gets half", () => {
    expect(leaderRelativeScore(20, 10, 10, null)).toBe(10);
  });
});

describe("noTargetScore", () => {
  test.each<[string, number, number, number]>([
    ["the best no-target unit gets the max", 10, 10, 20],
    ["half the best actual gets half the max", 5, 10, 10],
    ["all actuals zero → 0, not a division by zero", 0, 0, 0],
  ])("%s", (_name, actual, best, expected) => {
    expect(noTargetScore(20, actual, best)).toBe(expected);
  });
});

describe("blocQuantitativePoints", () => {
  test.each<[string, CriterionDef, Record<string, Row>, Record<string, number | string>]>([
    [
      "ties for leader both get the max",
      leaderCrit,
      { a: { actual: 12, target: 10 }, b: { actual: 24, target: 20 }, c: { actual: 11, target: 10 } },
      { a: 20, b: 20, c: 15 },
    ],
    [
      "nobody above target: the best ratio does not get the leader's max",
      leaderCrit,
      { a: { actual: 9, target: 10 }, b: { actual: 8, target: 10 } },
      { a: 9, b: 8 },
    ],
    ["everyone exactly on target: everyone gets half", leaderCrit, { a: { actual: 10, target: 10 }, b: { actual: 5, target: 5 } }, { a: 10, b: 10 }],
    ["a single unit above target is the leader", leaderCrit, { a: { actual: 10.5, target: 10 }, b: { actual: 10, target: 10 } }, { a: 20, b: 10 }],
    [
      "zero target falls back to the no-target rule",
      leaderCrit,
      { x: { actual: 5, target: 0 }, y: { actual: 10, target: null }, z: { actual: 12, target: 10 } },
      { x: 10, y: 20, z: 20 },
    ],
    ["no-target units with all actuals zero get 0", leaderCrit, { x: { actual: 0, target: 0 }, y: { actual: 0 } }, { x: 0, y: 0 }],
    [
      "the no-target rule also applies without the leader formula",
      plainCrit,
      { x: { actual: 3, target: 0 }, y: { actual: 6, target: 0 }, z: { actual: 9, target: 10 } },
      { x: 10, y: 20, z: 18 },
    ],
    [
      "without the leader formula, above target is capped at the max",
      plainCrit,
      { a: { actual: 12, target: 10 }, b: { actual: 11, target: 10 } },
      { a: 20, b: 20 },
    ],
    [
      "N/A, missing and invalid entries take no part in the leader",
      { ...leaderCrit, allowNA: true },
      {
        na: { isNA: true, actual: 50, target: 10 },
        none: undefined,
        bad: { actual: -1, target: 10 },
        noActual: { target: 10 },
        a: { actual: 12, target: 10 },
        b: { actual: 11, target: 10 },
      },
      { na: "NA", none: "MISSING", bad: "INVALID", noActual: "MISSING", a: 20, b: 15 },
    ],
    [
      "decided points replace the agency's own score but its figures still set the leader",
      leaderCrit,
      { a: { actual: 12, target: 10, points: 18 }, b: { actual: 11, target: 10 } },
      { a: 18, b: 15 },
    ],
    [
      "a min above the formula's result clamps up",
      { ...leaderCrit, minPoints: 2 },
      { a: { actual: 1, target: 10 }, b: { actual: 12, target: 10 } },
      { a: 2, b: 20 },
    ],
    ["an empty bloc gives no points", leaderCrit, {}, {}],
  ])("%s", (_name, d, rows, expected) => {
    expect(bloc(d, rows)).toEqual(expected);
  });

  test("one unit's new figure moves another unit's points (recompute everyone)", () => {
    const before = bloc(leaderCrit, { btc: { actual: 12, target: 10 }, ubkt: { actual: 11, target: 10 } });
    const after = bloc(leaderCrit, { btc: { actual: 14, target: 10 }, ubkt: { actual: 11, target: 10 } });
    expect(before.ubkt).toBe(15);
    expect(after.ubkt).toBe(12.5); // 10 + 10 · 0.1 / 0.4
  });

  test("ratios equal up to float noise count as a tie for leader", () => {
    const result = bloc(leaderCrit, { a: { actual: 0.3, target: 0.1 }, b: { actual: 0.1 + 0.2, target: 0.1 } });
    expect(result).toEqual({ a: 20, b: 20 });
  });
});
