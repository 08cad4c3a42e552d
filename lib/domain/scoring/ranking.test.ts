import { describe, expect, test } from "vitest";
import { rankAgencies, type RankedAgency, type RankingInput } from "./ranking";
import { DEFAULT_TIE_BREAK, type TieBreakRule } from "./types";

/** An agency: total, group I score, penalty, full-marks count, bonus. */
const a = (agencyId: string, total: number, groupI = 40, penalty = 0, fullMarksCount = 10, bonus = 0): RankingInput => ({
  agencyId,
  total,
  penalty,
  bonus,
  fullMarksCount,
  groupScores: { I: groupI, II: 10 },
});
const OPTIONS = { defaultGroupCode: "I" };
const order = (ranked: RankedAgency[]) => ranked.map((r) => `${r.agencyId}:${r.rank}${r.needsRunoff ? "*" : ""}`);

describe("rankAgencies with the default tie-break (docs/domain/scoring.md#tie-break)", () => {
  test.each<[string, RankingInput[], string[]]>([
    ["a higher total ranks first", [a("x", 80), a("y", 95), a("z", 90)], ["y:1", "z:2", "x:3"]],
    ["equal totals broken by group I first", [a("x", 90, 40, 0), a("y", 90, 45, 9)], ["y:1", "x:2"]],
    ["equal totals and group I broken by fewer penalty points", [a("x", 90, 40, 3), a("y", 90, 40, 1, 0)], ["y:1", "x:2"]],
    ["then by more criteria at full marks", [a("x", 90, 40, 1, 10), a("y", 90, 40, 1, 12, 0)], ["y:1", "x:2"]],
    ["then by a higher bonus", [a("x", 90, 40, 1, 10, 2), a("y", 90, 40, 1, 10, 4)], ["y:1", "x:2"]],
    ["equal on every rule: the same rank and a run-off", [a("x", 90), a("y", 90), a("z", 80)], ["x:1*", "y:1*", "z:3"]],
    ["a three-way tie shares the rank; the next is 4th", [a("x", 90), a("y", 90), a("z", 90), a("w", 70)], ["x:1*", "y:1*", "z:1*", "w:4"]],
    ["a tie lower down is flagged too", [a("x", 99), a("y", 90), a("z", 90)], ["x:1", "y:2*", "z:2*"]],
    ["agencies tied on everything keep the caller's order", [a("b", 90), a("a", 90)], ["b:1*", "a:1*"]],
    ["group scores are compared at 2 decimals: float noise does not break a tie", [a("x", 90, 0.1 + 0.2), a("y", 90, 0.3)], ["x:1*", "y:1*"]],
    ["a single agency is first", [a("x", 50)], ["x:1"]],
    ["an empty bloc has no ranking", [], []],
  ])("%s", (_name, inputs, expected) => {
    expect(order(rankAgencies(inputs, DEFAULT_TIE_BREAK, OPTIONS))).toEqual(expected);
  });

  test("labels Nhất, Nhì, Ba for ranks 1–3 and none below", () => {
    const ranked = rankAgencies([a("w", 70), a("x", 99), a("y", 90), a("z", 80)], DEFAULT_TIE_BREAK, OPTIONS);
    expect(ranked.map((r) => [r.agencyId, r.label])).toEqual([
      ["x", "Nhất"],
      ["y", "Nhì"],
      ["z", "Ba"],
      ["w", null],
    ]);
  });

  test("a tie for Nhì shares the label; the next one is 4th, with no label", () => {
    const ranked = rankAgencies([a("x", 99), a("y", 90), a("z", 90), a("w", 80)], DEFAULT_TIE_BREAK, OPTIONS);
    expect(ranked.map((r) => [r.agencyId, r.rank, r.label])).toEqual([
      ["x", 1, "Nhất"],
      ["y", 2, "Nhì"],
      ["z", 2, "Nhì"],
      ["w", 4, null],
    ]);
  });

  test("each agency says which rule put it below the one above", () => {
    const ranked = rankAgencies(
      [a("e", 80), a("d", 90, 40, 1, 10, 2), a("c", 90, 40, 1, 10, 4), a("b", 90, 40, 1, 12), a("f", 90, 40, 3, 20), a("a", 90, 45)],
      DEFAULT_TIE_BREAK,
      OPTIONS,
    );
    expect(ranked.map((r) => [r.agencyId, r.separatedBy])).toEqual([
      ["a", null],
      ["b", "GROUP_SCORE"],
      ["c", "MORE_FULL_MARKS"],
      ["d", "HIGHER_BONUS"],
      ["f", "FEWER_PENALTY"],
      ["e", null],
    ]);
  });
});

describe("configured tie-break orders", () => {
  const tied = [a("x", 90, 45, 3, 10, 0), a("y", 90, 40, 1, 10, 5)];
  test.each<[string, TieBreakRule[], { defaultGroupCode?: string | null }, string[]]>([
    ["penalties before group I", [{ kind: "FEWER_PENALTY" }, { kind: "GROUP_SCORE" }], OPTIONS, ["y:1", "x:2"]],
    ["bonus first", [{ kind: "HIGHER_BONUS" }], OPTIONS, ["y:1", "x:2"]],
    ["an explicit group code compares that group", [{ kind: "GROUP_SCORE", groupCode: "II" }], OPTIONS, ["x:1*", "y:1*"]],
    ["a group rule with no code and no default group separates nobody", [{ kind: "GROUP_SCORE" }], {}, ["x:1*", "y:1*"]],
    ["no tie-break rule at all: equal totals go to a run-off", [], OPTIONS, ["x:1*", "y:1*"]],
  ])("%s", (_name, rules, options, expected) => {
    expect(order(rankAgencies(tied, rules, options))).toEqual(expected);
  });
});
