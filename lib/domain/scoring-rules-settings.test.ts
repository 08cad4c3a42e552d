import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  mergeScoringRules,
  missingBandKeys,
  scoringPart,
  tieBreakFromValue,
  tieBreakLabel,
  tieBreakValue,
  type ScoringRulesSettings,
} from "./scoring-rules-settings";
import { DEFAULT_BANDS, DEFAULT_TIE_BREAK } from "./scoring/types";

const settings: ScoringRulesSettings = {
  bands: [{ key: "A", label: "Mức A", minTotal: 50, minCriterionPct: 0 }],
  tieBreak: [{ kind: "HIGHER_BONUS" }],
  crossScoring: { spreadThreshold: 3, trimFrom: 4 },
};

describe("mergeScoringRules", () => {
  it.each<[string, unknown, object]>([
    ["nothing stored", null, { bands: settings.bands, tieBreak: settings.tieBreak, crossScoring: { spreadThreshold: 3, trimFrom: 4 } }],
    ["other keys are kept", { quorumPct: 50, quota: { cap: 0.2 }, bonusCap: 7 }, { quorumPct: 50, quota: { cap: 0.2 }, bonusCap: 7, bands: settings.bands }],
    ["old scoring keys are replaced", { bands: [{ key: "OLD" }], tieBreak: [] }, { bands: settings.bands, tieBreak: settings.tieBreak }],
    [
      "other cross-scoring sub-keys are kept",
      { crossScoring: { anonymous: true, trimFrom: 9 } },
      { crossScoring: { anonymous: true, spreadThreshold: 3, trimFrom: 4 } },
    ],
    ["a stored array is not an object", ["x"], { bands: settings.bands }],
  ])("%s", (_name, stored, expected) => {
    expect(mergeScoringRules(stored, settings)).toMatchObject(expected);
  });

  it("null settings remove exactly the scoring keys (back to defaults)", () => {
    expect(mergeScoringRules({ bands: [], tieBreak: [], crossScoring: { trimFrom: 3 }, bonusCap: 5, votes: { quorumPct: 50 } }, null)).toEqual({
      bonusCap: 5,
      votes: { quorumPct: 50 },
    });
  });

  it("does not change the stored object", () => {
    const stored = { bands: [], other: 1 };
    mergeScoringRules(stored, settings);
    expect(stored).toEqual({ bands: [], other: 1 });
  });
});

describe("scoringPart", () => {
  it.each<[unknown, object]>([
    [null, {}],
    [{ quorumPct: 50 }, {}],
    [{ tieBreak: [], quorumPct: 50 }, { tieBreak: [] }],
    [{ crossScoring: { trimFrom: 3 } }, { crossScoring: { trimFrom: 3 } }],
  ])("%j → %j", (rules, part) => {
    expect(scoringPart(rules)).toEqual(part);
  });
});

describe("tie-break values", () => {
  it.each<[string, object | null]>([
    ["GROUP_SCORE", { kind: "GROUP_SCORE" }],
    ["GROUP_SCORE:II", { kind: "GROUP_SCORE", groupCode: "II" }],
    ["FEWER_PENALTY", { kind: "FEWER_PENALTY" }],
    ["MORE_FULL_MARKS", { kind: "MORE_FULL_MARKS" }],
    ["HIGHER_BONUS", { kind: "HIGHER_BONUS" }],
    ["HIGHER_BONUS:II", null],
    ["COIN_TOSS", null],
    ["", null],
  ])("%s", (value, rule) => {
    expect(tieBreakFromValue(value)).toEqual(rule);
    if (rule) expect(tieBreakValue(tieBreakFromValue(value)!)).toBe(value);
  });

  it("labels every default rule in Vietnamese", () => {
    expect(DEFAULT_TIE_BREAK.map(tieBreakLabel)).toEqual([
      "Điểm nhóm tiêu chí đầu tiên (nhóm I) cao hơn",
      "Ít điểm trừ hơn",
      "Nhiều tiêu chí đạt điểm tối đa hơn",
      "Điểm thưởng cao hơn",
    ]);
  });
});

describe("missingBandKeys", () => {
  const uses = [
    { name: "Tập thể lao động xuất sắc", minBand: "XUAT_SAC" },
    { name: "Cờ thi đua", minBand: "XUAT_SAC" },
    { name: "Giấy khen", minBand: "TOT" },
  ];
  it("accepts bands that keep every key in use", () => {
    expect(missingBandKeys(DEFAULT_BANDS, uses)).toEqual([]);
    expect(missingBandKeys(DEFAULT_SETTINGS.bands, [])).toEqual([]);
  });
  it("names each missing key once, with every award form that needs it", () => {
    expect(missingBandKeys([{ key: "TOT" }], uses)).toEqual([
      "Mức “XUAT_SAC” đang là điều kiện tối thiểu của “Tập thể lao động xuất sắc”, “Cờ thi đua”; không thể bỏ mức này.",
    ]);
    expect(missingBandKeys([], uses)).toHaveLength(2);
  });
});
