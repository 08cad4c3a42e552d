import { describe, expect, test } from "vitest";
import { atLeast, clamp, roundPoints } from "./round";

describe("roundPoints (2 decimals, half away from zero)", () => {
  test.each<[string, number, number]>([
    ["89.995 rounds to 90.00 although the float is 89.99499…", 89.995, 90],
    ["0.1 + 0.2 is 0.30", 0.1 + 0.2, 0.3],
    ["70.085 rounds to 70.09 (naive Math.round(x · 100) / 100 gives 70.08)", 70.085, 70.09],
    ["1.005 rounds half up to 1.01", 1.005, 1.01],
    ["2.675 rounds half up to 2.68", 2.675, 2.68],
    ["−1.005 rounds half away from zero to −1.01", -1.005, -1.01],
    ["1.00499 rounds down to 1.00", 1.00499, 1],
    ["a value at 2 decimals is unchanged", 75.78, 75.78],
    ["70 ÷ 90 × 100 is 77.78", (70 * 100) / 90, 77.78],
    ["a large total keeps its cents", 123456.785, 123456.79],
    ["zero stays zero", 0, 0],
    ["an integer stays an integer", 107, 107],
  ])("%s", (_name, value, expected) => {
    expect(roundPoints(value)).toBe(expected);
  });

  test("the naive rounding really is wrong on 70.085 (why roundPoints exists)", () => {
    expect(Math.round(70.085 * 100) / 100).toBe(70.08);
  });

  test("a tiny negative rounds to +0, not −0", () => {
    expect(Object.is(roundPoints(-0.001), 0)).toBe(true);
  });

  test("other precisions: 1 decimal", () => {
    expect(roundPoints(7.25, 1)).toBe(7.3);
  });
});

describe("atLeast (float-tolerant ≥)", () => {
  test.each<[string, number, number, boolean]>([
    ["17 of 20 × 100 reaches 85", (17 / 20) * 100, 85, true],
    ["0.7 × 3 reaches 2.1", 0.7 * 3, 2.1, true],
    ["84.99 does not reach 85", 84.99, 85, false],
    ["equal is enough (≥ boundary)", 85, 85, true],
    ["above is enough", 86, 85, true],
  ])("%s", (_name, a, b, expected) => {
    expect(atLeast(a, b)).toBe(expected);
  });
});

describe("clamp", () => {
  test.each<[number, number, number, number]>([
    [-1, 0, 4, 0],
    [5, 0, 4, 4],
    [2, 0, 4, 2],
  ])("clamp(%d, %d, %d) = %d", (v, min, max, expected) => {
    expect(clamp(v, min, max)).toBe(expected);
  });
});
