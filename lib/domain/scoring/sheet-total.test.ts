import { describe, expect, test } from "vitest";
import { criterionPoints } from "./criterion-points";
import { def, levels } from "./fixtures";
import { sheetTotal, type SheetTotal } from "./sheet-total";
import { prepareTable } from "./tree";
import { DEFAULT_BANDS, type EntryInput, type ScoringRules } from "./types";

const graded = (id: string, code: string, parent: string, max: number) =>
  def(id, code, parent, "GRADED", max, { allowNA: true, levels: levels(max, max / 2, 0) });

/** Two base groups (one with a nested group), bonus and penalty groups, gates in and out of a group. */
const TABLE = [
  def("gA", "A", null, "GROUP", 50),
  graded("a1", "A1", "gA", 20),
  graded("a2", "A2", "gA", 30),
  def("ga", "A3", "gA", "GATE", 0), // a gate inside a base group
  def("gB", "B", null, "GROUP", 50),
  def("gB1", "B1", "gB", "GROUP", 30),
  graded("b11", "B11", "gB1", 10),
  graded("b12", "B12", "gB1", 20),
  graded("b2", "B2", "gB", 20),
  def("bn", "+", null, "GROUP", 10),
  def("bn1", "+1", "bn", "BONUS", 8, { pointsPerUnit: 1 }),
  def("bn2", "+2", "bn", "BONUS", 8, { pointsPerUnit: 1 }),
  def("bx", "+X", null, "BONUS", 3, { pointsPerUnit: 1 }), // a bonus line in no group
  def("pn", "-", null, "GROUP", 0),
  def("pn1", "-1", "pn", "PENALTY", 0, { pointsPerUnit: 1 }),
  def("pn2", "-2", "pn", "PENALTY", 0, { pointsPerUnit: 2 }),
  def("pc", "-C", null, "GROUP", 0, { cap: 4 }), // a penalty group with a cap
  def("pc1", "-C1", "pc", "PENALTY", 0, { pointsPerUnit: 3 }),
  def("vt", "LT", null, "GROUP", 0),
  def("vt1", "LT1", "vt", "GATE", 0),
];
const prepared = prepareTable(TABLE);
const RULES: ScoringRules = { scale: 100, bonusCap: 10, bands: DEFAULT_BANDS, tieBreak: [] };

const PERFECT: Record<string, Partial<EntryInput>> = {
  a1: { value: 1 },
  a2: { value: 1 },
  b11: { value: 1 },
  b12: { value: 1 },
  b2: { value: 1 },
  ga: { value: 0 },
  vt1: { value: 0 },
  bn1: { value: 0 },
  bn2: { value: 0 },
  bx: { value: 0 },
  pn1: { value: 0 },
  pn2: { value: 0 },
  pc1: { value: 0 },
};
const pts = (points: number): Partial<EntryInput> => ({ points });
const NA: Partial<EntryInput> = { isNA: true };
const ALL_NA = { a1: NA, a2: NA, b11: NA, b12: NA, b2: NA };

function compute(overrides: Record<string, Partial<EntryInput> | undefined>, rules: Partial<ScoringRules> = {}): SheetTotal {
  const entries = new Map<string, EntryInput>();
  for (const [id, e] of Object.entries({ ...PERFECT, ...overrides })) if (e) entries.set(id, { criterionId: id, isNA: false, ...e });
  const points = new Map(prepared.leaves.map((l) => [l.id, criterionPoints(l, entries.get(l.id))]));
  return sheetTotal(prepared, points, { ...RULES, ...rules });
}

describe("sheetTotal", () => {
  test.each<[string, Record<string, Partial<EntryInput> | undefined>, Partial<ScoringRules>, object]>([
    [
      "a perfect sheet: base 100, every group at its max",
      {},
      {},
      { base: 100, total: 100, groups: { gA: { points: 50 }, gB: { points: 50 }, gB1: { points: 30 } }, fullMarksCount: 5 },
    ],
    ["a group's subtotal is the sum of its children", { a1: pts(15), a2: pts(20) }, {}, { groups: { gA: { points: 35 } }, base: 85, total: 85 }],
    ["sub-criteria add up through their parent group", { b11: pts(5), b12: pts(10) }, {}, { groups: { gB1: { points: 15 }, gB: { points: 35 } }, base: 85 }],
    ["missing entries count 0", { a2: undefined }, {}, { base: 70, total: 70 }],
    ["an invalid entry (unknown level) counts 0", { a2: { value: 9 } }, {}, { base: 70, total: 70 }],
    // N/A rescaling — docs/domain/scoring.md#not-applicable.
    [
      "N/A rescales 45/50 applicable to 90 on a 100 scale",
      { a1: pts(18), a2: pts(27), b11: NA, b12: NA, b2: NA },
      {},
      { baseRaw: 45, applicableMax: 50, base: 90, total: 90 },
    ],
    ["without N/A the base is not rescaled", { a1: pts(18), a2: pts(27) }, {}, { baseRaw: 95, applicableMax: 100, base: 95 }],
    [
      "N/A in a group rescales that group on its own max",
      { a1: NA, a2: pts(27) },
      {},
      { groups: { gA: { points: 27, max: 50, applicableMax: 30, rescaled: 45 } }, baseRaw: 77, applicableMax: 80, base: 96.25 },
    ],
    [
      "a nested N/A lowers every ancestor's applicable max",
      { b12: NA },
      {},
      { groups: { gB1: { applicableMax: 10 }, gB: { applicableMax: 30 } }, applicableMax: 80 },
    ],
    [
      "every base criterion N/A gives a base of 0, not a division by zero",
      ALL_NA,
      {},
      { base: 0, applicableMax: 0, total: 0, lowest: null, fullMarksCount: 0 },
    ],
    [
      "N/A criteria count neither as full marks nor as the lowest share",
      { a1: NA, b12: pts(15) },
      {},
      { fullMarksCount: 3, lowest: { criterionId: "b12", pct: 75 } },
    ],
    // Bonus — docs/domain/scoring.md#bonus-and-penalty [S70], the worked example's "+10 cap".
    [
      "bonus above the cap is cut to the cap",
      { bn1: { value: 8 }, bn2: { value: 8 }, bx: { value: 3 } },
      {},
      { groups: { bn: { points: 10 } }, bonusUncapped: 13, bonus: 10, total: 110 },
    ],
    [
      "without a table bonus cap the bonus is the sum",
      { bn1: { value: 8 }, bn2: { value: 8 }, bx: { value: 3 } },
      { bonusCap: null },
      { bonus: 13, total: 113 },
    ],
    ["a bonus group caps its lines at its max", { bn1: { value: 8 }, bn2: { value: 8 } }, { bonusCap: null }, { bonusUncapped: 10, bonus: 10 }],
    ["a bonus line in no group still counts as bonus", { bx: { value: 3 } }, {}, { bonus: 3, total: 103 }],
    [
      "a bonus can take the total above the scale (97 + 10 = 107, [S70])",
      { a1: pts(17), bn1: { value: 8 }, bn2: { value: 2 } },
      {},
      { base: 97, bonus: 10, total: 107 },
    ],
    // Penalty.
    ["penalties are summed and subtracted", { pn1: { value: 2 }, pn2: { value: 1 } }, {}, { penalty: 4, total: 96 }],
    ["a penalty group's cap bounds its lines", { pc1: { value: 3 } }, {}, { groups: { pc: { points: 4 } }, penalty: 4, total: 96 }],
    [
      "penalties larger than the base give a negative total",
      { ...ALL_NA, a1: pts(0), a2: pts(0), pn2: { value: 5 } },
      {},
      { base: 0, penalty: 10, total: -10 },
    ],
    [
      "bonus and penalty are not rescaled by N/A",
      { ...ALL_NA, a1: pts(20), a2: pts(30), bx: { value: 2 }, pn1: { value: 1 } },
      {},
      { base: 100, bonus: 2, penalty: 1, total: 101 },
    ],
    // Gates — docs/domain/scoring.md#gates.
    ["a veto flags the sheet but takes no points", { vt1: { value: 1 } }, {}, { vetoed: true, vetoedBy: ["vt1"], total: 100 }],
    ["a gate inside a base group leaves the subtotal alone", { ga: { value: 1 } }, {}, { vetoed: true, vetoedBy: ["ga"], groups: { gA: { points: 50 } } }],
    ["no gate answered is not a veto", { ga: undefined, vt1: undefined }, {}, { vetoed: false, vetoedBy: [] }],
    // Statistics for bands and tie-breaks.
    ["full marks count and lowest share", { a1: pts(17), b12: pts(10) }, {}, { fullMarksCount: 3, lowest: { criterionId: "b12", code: "B12", pct: 50 } }],
  ])("%s", (_name, overrides, rules, expected) => {
    expect(compute(overrides, rules)).toMatchObject(expected);
  });
});

describe("rounding happens once, on the total", () => {
  test("89.995 rounds to 90.00 only at the end", () => {
    const r = compute({ a1: pts(19.995), b2: pts(10) });
    expect(r.base).not.toBe(90);
    expect(r.base).toBeCloseTo(89.995, 9);
    expect(r.total).toBe(90);
  });

  test("rounding each criterion first would lose a cent; the total keeps it", () => {
    // 19.004 + 29.004 + 9.004 + 20 + 20 = 97.012 → 97.01 (per criterion: 19 + 29 + 9 + 40 = 97.00)
    expect(compute({ a1: pts(19.004), a2: pts(29.004), b11: pts(9.004) }).total).toBe(97.01);
  });

  test("0.1 + 0.2 float noise does not leak into the total", () => {
    const r = compute({ a1: pts(0.1), a2: pts(0.2), b11: pts(0), b12: pts(0), b2: pts(0) });
    expect(r.base).not.toBe(0.3);
    expect(r.total).toBe(0.3);
  });

  test("a rescaled 70 / 90 is 77.78 only in the total", () => {
    const r = compute({ a1: pts(20), a2: pts(30), b11: NA, b12: pts(20), b2: pts(0) });
    expect(r).toMatchObject({ baseRaw: 70, applicableMax: 90 });
    expect(r.base).toBeCloseTo(77.7777777, 6);
    expect(r.total).toBe(77.78);
  });
});
