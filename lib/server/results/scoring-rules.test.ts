import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "@/lib/domain/scoring";
import { scoringRulesFrom } from "./scoring-rules";

const table = { scale: 100, bonusCap: 5 };
const bands = [
  { key: "A", label: "Loại A", minTotal: 90, minCriterionPct: 80 },
  { key: "B", label: "Loại B", minTotal: 0, minCriterionPct: 0 },
];

describe("scoringRulesFrom", () => {
  it.each<[string, unknown, object]>([
    ["no cycle rules → defaults and the table's cap", null, { scale: 100, bonusCap: 5, bands: DEFAULT_RULES.bands, tieBreak: DEFAULT_RULES.tieBreak }],
    ["unrelated keys only → defaults", { quorumPct: 50 }, { bands: DEFAULT_RULES.bands, bonusCap: 5 }],
    ["configured bands are used", { bands }, { bands }],
    ["an empty band list falls back", { bands: [] }, { bands: DEFAULT_RULES.bands }],
    ["a malformed band falls back", { bands: [{ key: "A" }] }, { bands: DEFAULT_RULES.bands }],
    ["a configured tie-break order is used", { tieBreak: [{ kind: "HIGHER_BONUS" }] }, { tieBreak: [{ kind: "HIGHER_BONUS" }] }],
    ["an unknown tie-break rule falls back", { tieBreak: [{ kind: "COIN_TOSS" }] }, { tieBreak: DEFAULT_RULES.tieBreak }],
    ["the cycle's bonus cap replaces the table's", { bonusCap: 3 }, { bonusCap: 3 }],
    ["an explicit null cap removes it", { bonusCap: null }, { bonusCap: null }],
    ["a negative cap falls back to the table's", { bonusCap: -1 }, { bonusCap: 5 }],
  ])("%s", (_name, rules, expected) => {
    expect(scoringRulesFrom(rules, table)).toMatchObject(expected);
  });

  it("always takes the scale from the table", () => {
    expect(scoringRulesFrom({ scale: 10 }, { scale: 1000, bonusCap: null }).scale).toBe(1000);
  });
});

describe("scoringRulesFrom reads what the rules form saves", () => {
  it("uses saved bands and tie-break order, ignoring the cross-scoring and other keys", async () => {
    const { mergeScoringRules } = await import("@/lib/domain/scoring-rules-settings");
    const saved = mergeScoringRules({ bonusCap: 4, votes: { quorumPct: 50 } }, {
      bands,
      tieBreak: [{ kind: "MORE_FULL_MARKS" }, { kind: "GROUP_SCORE", groupCode: "II" }],
      crossScoring: { spreadThreshold: 2, trimFrom: 3 },
    });
    expect(scoringRulesFrom(JSON.parse(JSON.stringify(saved)), table)).toEqual({
      scale: 100,
      bonusCap: 4,
      bands,
      tieBreak: [{ kind: "MORE_FULL_MARKS" }, { kind: "GROUP_SCORE", groupCode: "II" }],
    });
  });

  it("an empty tie-break list is kept (ties go straight to the vote)", () => {
    expect(scoringRulesFrom({ tieBreak: [] }, table).tieBreak).toEqual([]);
  });
});
