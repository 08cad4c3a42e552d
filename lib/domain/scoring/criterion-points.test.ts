import { describe, expect, test } from "vitest";
import { criterionPoints } from "./criterion-points";
import { def, levels } from "./fixtures";
import type { CriterionDef, CriterionPoints, EntryInput } from "./types";

const graded = def("c2", "2", "g1", "GRADED", 15, { levels: levels(15, 12, 9, 0) });
const yesNo = def("c7", "7", "g2", "YES_NO", 4);
const count = def("c4", "4", "g1", "COUNT", 10, { pointsPerUnit: 2, cap: 10 });
const absences = def("c13", "13", "g4", "COUNT", 4, { pointsPerUnit: -1 });
const bonus = def("b1", "+1", null, "BONUS", 4, { pointsPerUnit: 2 });
const penalty = def("p2", "-2", null, "PENALTY", 0, { pointsPerUnit: 2 });
const gate = def("x2", "LT2", null, "GATE", 0);
const quant = def("q", "Q", null, "QUANTITATIVE", 20);
const group = def("g1", "I", null, "GROUP", 50);

const e = (value: number | null, extra: Partial<EntryInput> = {}): EntryInput => ({ criterionId: "x", isNA: false, value, ...extra });
const ok = (points: number): Partial<CriterionPoints> => ({ status: "SCORED", points, vetoed: false });
const bad = (code: string): Partial<CriterionPoints> => ({ status: "INVALID", points: 0, error: expect.objectContaining({ code }) });
const MISSING: Partial<CriterionPoints> = { status: "MISSING", points: 0, vetoed: false };

type Case = [string, CriterionDef, EntryInput | undefined, Partial<CriterionPoints>];

describe("criterionPoints by type", () => {
  test.each<Case>([
    // GRADED — the chosen level's points.
    ["graded: the best level gives the max", graded, e(1), ok(15)],
    ["graded: level 2 gives its points", graded, e(2), ok(12)],
    ["graded: the lowest level gives 0", graded, e(4), ok(0)],
    ["graded: an unknown level is a value error, not an exception", graded, e(7), bad("UNKNOWN_LEVEL")],
    ["graded: a level with points above the max is clamped to the max", { ...graded, levels: levels(20) }, e(1), ok(15)],
    ["graded: no level chosen is missing", graded, e(null), MISSING],
    // YES_NO — max or 0.
    ["yes/no: achieved gives the max", yesNo, e(1), ok(4)],
    ["yes/no: not achieved gives 0", yesNo, e(0), ok(0)],
    ["yes/no: not achieved with a min of 1 is clamped up to the min", { ...yesNo, minPoints: 1 }, e(0), ok(1)],
    ["yes/no: 2 is a value error", yesNo, e(2), bad("BAD_VALUE")],
    ["yes/no: 0.5 is a value error", yesNo, e(0.5), bad("BAD_VALUE")],
    ["yes/no: no answer is missing", yesNo, e(null), MISSING],
    // COUNT — count × points per unit, capped at cap ?? max.
    ["count: none gives 0", count, e(0), ok(0)],
    ["count: 4 × 2 gives 8", count, e(4), ok(8)],
    ["count: 5 × 2 reaches the cap exactly", count, e(5), ok(10)],
    ["count: 6 × 2 above the cap is cut to the cap", count, e(6), ok(10)],
    ["count: a cap below the max cuts at the cap", { ...count, cap: 6 }, e(4), ok(6)],
    ["count: a cap above the max still cannot pass the max", { ...count, cap: 12 }, e(6), ok(10)],
    ["count: no cap means the max", { ...count, cap: null }, e(7), ok(10)],
    ["count: a negative count is a value error", count, e(-1), bad("BAD_VALUE")],
    ["count: a fractional count is a value error", count, e(1.5), bad("BAD_VALUE")],
    ["count: no points per unit in the table is a rule error", { ...count, pointsPerUnit: null }, e(2), bad("MISSING_RULE")],
    // COUNT with a negative rate — criterion 13 of docs/domain/scoring.md#worked-example, "−1 per absence, floor 0".
    ["−1 per absence: no absence keeps the max", absences, e(0), ok(4)],
    ["−1 per absence: one absence gives 3", absences, e(1), ok(3)],
    ["−1 per absence: four absences reach the floor exactly", absences, e(4), ok(0)],
    ["a per-absence deduction cannot make a criterion negative (floor 0)", absences, e(6), ok(0)],
    ["−1 per absence: floored at a min of 1", { ...absences, minPoints: 1 }, e(6), ok(1)],
    // BONUS — min(count × points, cap ?? max).
    ["bonus: none gives 0", bonus, e(0), ok(0)],
    ["bonus: one gives +2", bonus, e(1), ok(2)],
    ["bonus: two reach the line's cap exactly", bonus, e(2), ok(4)],
    ["bonus above the cap is cut to the cap", bonus, e(3), ok(4)],
    ["bonus: an explicit cap below the max", { ...bonus, cap: 3 }, e(2), ok(3)],
    // PENALTY — a deduction, never negative, capped only by its own cap.
    ["penalty: no occurrence deducts nothing", penalty, e(0), ok(0)],
    ["penalty: three occurrences × 2 deduct 6 (maxPoints 0 does not bound it)", penalty, e(3), ok(6)],
    ["penalty: the sign of the rate does not matter (−2 per time)", { ...penalty, pointsPerUnit: -2 }, e(3), ok(6)],
    ["penalty: the optional floor caps the deduction", { ...penalty, cap: 5 }, e(3), ok(5)],
    ["penalty: a negative decided deduction becomes 0", penalty, e(null, { points: -3 }), ok(0)],
    // GATE — a veto flag, no points.
    ["gate: the condition happened → vetoed, no points", gate, e(1), { status: "SCORED", points: 0, vetoed: true }],
    ["gate: the condition did not happen → not vetoed", gate, e(0), { status: "SCORED", points: 0, vetoed: false }],
    ["gate: no answer is missing and not vetoed", gate, e(null), MISSING],
    ["gate: 2 is a value error", gate, e(2), bad("BAD_VALUE")],
    ["gate: decided points are ignored, the answer decides", gate, e(1, { points: 5 }), { status: "SCORED", points: 0, vetoed: true }],
    // QUANTITATIVE without the leader formula — max × min(A/T, 1).
    ["quantitative: A = T gives the max", quant, e(null, { actual: 10, target: 10 }), ok(20)],
    ["quantitative: A < T is pro rata", quant, e(null, { actual: 9, target: 10 }), ok(18)],
    ["quantitative: A > T is capped at the max", quant, e(null, { actual: 12, target: 10 }), ok(20)],
    ["quantitative: A = 0 gives 0", quant, e(null, { actual: 0, target: 10 }), ok(0)],
    ["quantitative: zero target needs the bloc (no-target rule)", quant, e(null, { actual: 5, target: 0 }), bad("NEEDS_BLOC")],
    ["quantitative: missing target needs the bloc (no-target rule)", quant, e(null, { actual: 5 }), bad("NEEDS_BLOC")],
    ["quantitative: the leader formula needs the bloc", { ...quant, useLeaderFormula: true }, e(null, { actual: 9, target: 10 }), bad("NEEDS_BLOC")],
    ["quantitative: no actual is missing", quant, e(null, { target: 10 }), MISSING],
    ["quantitative: a negative actual is a value error", quant, e(null, { actual: -1, target: 10 }), bad("BAD_VALUE")],
    ["quantitative: a negative target is a value error", quant, e(null, { actual: 1, target: -10 }), bad("BAD_VALUE")],
  ])("%s", (_name, d, entry, expected) => {
    expect(criterionPoints(d, entry)).toMatchObject({ criterionId: d.id, ...expected });
  });
});

describe("N/A, missing entries, groups", () => {
  test.each<Case>([
    ["N/A where the table allows it", { ...count, allowNA: true }, { criterionId: "c4", isNA: true }, { status: "NA", points: 0 }],
    ["N/A wins over a value typed before it", { ...count, allowNA: true }, e(3, { isNA: true }), { status: "NA", points: 0 }],
    ["N/A on a quantitative criterion that allows it", { ...quant, allowNA: true }, e(null, { isNA: true, actual: 3 }), { status: "NA" }],
    ["N/A where the table does not allow it is a value error", count, e(3, { isNA: true }), bad("NA_NOT_ALLOWED")],
    ["no entry at all is missing (graded)", graded, undefined, MISSING],
    ["no entry at all is missing (quantitative)", quant, undefined, MISSING],
    ["no entry at all is missing and not vetoed (gate)", gate, undefined, MISSING],
    ["a group is never typed", group, e(40), bad("GROUP_NOT_SCORED")],
  ])("%s", (_name, d, entry, expected) => {
    expect(criterionPoints(d, entry)).toMatchObject(expected);
  });

  test.each<[CriterionDef, EntryInput, string]>([
    [count, e(3, { isNA: true }), "Tiêu chí 4: tiêu chí này không được đánh dấu “không áp dụng”."],
    [graded, e(7), "Tiêu chí 2: mức 7 không có trong bảng tiêu chí."],
    [count, e(-1), "Tiêu chí 4: số lần phải là số nguyên không âm."],
    [group, e(40), "Nhóm I: điểm của nhóm là tổng điểm các tiêu chí con, không nhập trực tiếp."],
  ])("the Vietnamese message names the criterion: %#", (d, entry, message) => {
    expect(criterionPoints(d, entry).error).toEqual({ criterionId: d.id, code: expect.any(String), message });
  });
});

describe("decided points (verified, cross-scored, final) replace the raw input", () => {
  test.each<Case>([
    ["a verified 13.5 on a graded criterion is kept as is", graded, e(1, { points: 13.5 }), ok(13.5)],
    ["decided points above the max are clamped to the max", graded, e(null, { points: 16 }), ok(15)],
    ["decided points below the min are clamped to the min", graded, e(null, { points: -1 }), ok(0)],
    ["a decided bonus above the line's cap is cut", bonus, e(null, { points: 5 }), ok(4)],
    ["a decided count above the cap is cut", { ...count, cap: 6 }, e(null, { points: 8 }), ok(6)],
    ["a decided quantitative value needs no bloc", { ...quant, useLeaderFormula: true }, e(null, { points: 17 }), ok(17)],
    ["a decided penalty above its cap is cut", { ...penalty, cap: 5 }, e(null, { points: 8 }), ok(5)],
    ["NaN points are a value error", graded, e(null, { points: Number.NaN }), bad("BAD_VALUE")],
    ["N/A wins over decided points", { ...graded, allowNA: true }, e(null, { points: 10, isNA: true }), { status: "NA", points: 0 }],
  ])("%s", (_name, d, entry, expected) => {
    expect(criterionPoints(d, entry)).toMatchObject(expected);
  });
});
