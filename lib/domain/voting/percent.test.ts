import { describe, expect, test } from "vitest";
import { meetsPct, percentOf } from "./percent";

describe("percentOf: 2 decimals, half up, in whole numbers", () => {
  test.each<[number, number, number | null]>([
    [2, 3, 66.67],
    [1, 3, 33.33],
    [1, 8, 12.5],
    [1, 16, 6.25],
    [1, 200, 0.5],
    [1, 20000, 0.01], // 0.005 rounds up
    [1, 40000, 0.0], // 0.0025 rounds down
    [5, 10, 50],
    [10, 10, 100],
    [0, 7, 0],
    [3, 0, null],
  ])("%i of %i → %s", (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });
});

describe("meetsPct", () => {
  test.each<[string, number, number, number, boolean, boolean]>([
    ["at least: exactly at the boundary passes", 5, 10, 50, false, true],
    ["at least: one below fails", 4, 10, 50, false, false],
    ["strict (quá bán): exactly half fails", 5, 10, 50, true, false],
    ["strict: one more than half passes", 6, 10, 50, true, true],
    ["strict: 5 of 9 is more than half", 5, 9, 50, true, true],
    ["strict: 4 of 9 is not", 4, 9, 50, true, false],
    ["2/3 stored as 66.67: 6 of 9 reaches it", 6, 9, 66.67, false, true],
    ["2/3 stored as 66.67: 5 of 9 does not", 5, 9, 66.67, false, false],
    ["2/3 stored as 66.67: 8 of 12 reaches it", 8, 12, 66.67, false, true],
    ["2/3 stored as 66.67: 7 of 11 (63.64%) does not", 7, 11, 66.67, false, false],
    ["more than 2/3 (strict 66.67): 6 of 9 does not", 6, 9, 66.67, true, false],
    ["90% of all: 9 of 10", 9, 10, 90, false, true],
    ["90% of all: 8 of 9 is 88.89%", 8, 9, 90, false, false],
    ["0%: nothing needed", 0, 10, 0, false, true],
    ["100%: everyone", 10, 10, 100, false, true],
    ["100%: one short fails", 9, 10, 100, false, false],
    ["strict 100% can never pass", 10, 10, 100, true, false],
    ["an empty whole never passes", 0, 0, 0, false, false],
    ["float noise in the setting is ignored (0.1 + 0.2)", 3, 10, 30.000000000000004, false, true],
  ])("%s", (_name, part, whole, pct, strict, expected) => {
    expect(meetsPct(part, whole, pct, strict)).toBe(expected);
  });
});
