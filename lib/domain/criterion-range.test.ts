import { describe, expect, it } from "vitest";
import { criterionRangeText } from "./criterion-range";

describe("criterionRangeText", () => {
  it.each<[string, Parameters<typeof criterionRangeText>[0], string | null]>([
    ["a graded criterion", { type: "GRADED", maxPoints: 20, pointsPerUnit: null, cap: null }, "tối đa 20"],
    ["a group", { type: "GROUP", maxPoints: 50, pointsPerUnit: null, cap: null }, "tối đa 50"],
    ["a bonus per time, bounded by its maximum", { type: "BONUS", maxPoints: 4, pointsPerUnit: 2, cap: null }, "cộng 2 điểm mỗi lần, tối đa +4"],
    ["a bonus bounded by a lower cap", { type: "BONUS", maxPoints: 4, pointsPerUnit: 1, cap: 2 }, "cộng 1 điểm mỗi lần, tối đa +2"],
    ["a penalty written with its sign, no cap", { type: "PENALTY", maxPoints: 0, pointsPerUnit: -2, cap: null }, "trừ 2 điểm mỗi lần"],
    ["a penalty with a cap", { type: "PENALTY", maxPoints: 0, pointsPerUnit: 1, cap: 5 }, "trừ 1 điểm mỗi lần, trừ tối đa 5"],
    ["a decimal rate", { type: "PENALTY", maxPoints: 0, pointsPerUnit: 0.5, cap: null }, "trừ 0,5 điểm mỗi lần"],
    ["a gate gives no points", { type: "GATE", maxPoints: 0, pointsPerUnit: null, cap: null }, null],
  ])("%s", (_name, c, expected) => {
    expect(criterionRangeText(c)).toBe(expected);
  });
});
