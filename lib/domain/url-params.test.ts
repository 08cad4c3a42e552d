import { describe, expect, test } from "vitest";
import { versionParam, yearParam } from "./url-params";

describe("yearParam", () => {
  test.each([
    ["2025", 2025],
    ["1945", 1945],
    ["2200", 2200],
    ["1944", null],
    ["2201", null],
    ["2025.5", null],
    ["abc", null],
    ["", null],
  ])("%j → %j", (text, want) => expect(yearParam(text)).toBe(want));
});

describe("versionParam", () => {
  test.each([
    ["1", 1],
    ["12", 12],
    ["0", null],
    ["-1", null],
    ["1.5", null],
    ["abc", null],
    ["", null],
  ])("%j → %j", (text, want) => expect(versionParam(text)).toBe(want));
});
