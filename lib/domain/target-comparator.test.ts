import { describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/format";
import { comparatorFor, meetsComparator, takesComparator, withComparator, type TargetComparator } from "./target-comparator";

describe("takesComparator / comparatorFor", () => {
  it.each([
    ["NUMBER", true],
    ["PERCENT", true],
    ["YES_NO", false],
    ["TEXT", false],
  ])("%s takes a comparator: %s", (kind, expected) => {
    expect(takesComparator(kind)).toBe(expected);
  });

  it.each<[string, TargetComparator | null, TargetComparator]>([
    ["PERCENT", "AT_LEAST", "AT_LEAST"],
    ["NUMBER", "AT_MOST", "AT_MOST"],
    ["NUMBER", null, "AT_LEAST"],
    ["YES_NO", "AT_LEAST", "EXACTLY"],
    ["TEXT", "AT_MOST", "EXACTLY"],
  ])("a %s target given %s keeps %s", (kind, given, kept) => {
    expect(comparatorFor(kind, given)).toBe(kept);
  });
});

describe("meetsComparator", () => {
  it.each<[TargetComparator, number, number, boolean]>([
    ["AT_LEAST", 90, 90, true],
    ["AT_LEAST", 90, 100, true],
    ["AT_LEAST", 90, 89.99, false],
    ["AT_MOST", 2, 0, true],
    ["AT_MOST", 2, 2, true],
    ["AT_MOST", 2, 2.01, false],
    ["EXACTLY", 12, 12, true],
    ["EXACTLY", 12, 12.01, false],
    ["EXACTLY", 12, 11.99, false],
    ["EXACTLY", 0.3, 0.1 + 0.2, true],
  ])("%s %s, value %s → %s", (comparator, target, value, expected) => {
    expect(meetsComparator(comparator, target, value)).toBe(expected);
  });
});

describe("withComparator", () => {
  it.each<[TargetComparator, string, string]>([
    ["AT_LEAST", `${formatNumber(90)}%`, "≥ 90%"],
    ["AT_LEAST", `${formatNumber(92.5)}% cán bộ`, "≥ 92,5% cán bộ"],
    ["AT_MOST", `${formatNumber(1500)} lượt`, "≤ 1.500 lượt"],
    ["EXACTLY", `${formatNumber(100)}%`, "100%"],
  ])("%s %j → %j", (comparator, figure, expected) => {
    expect(withComparator(comparator, figure)).toBe(expected);
  });
});
