import { describe, expect, test } from "vitest";
import { personRecordProblem, recordRuleOf, type PersonRecordRule } from "./person-record";

const NAMES: Record<string, string> = { CSTDCS: "Chiến sĩ thi đua cơ sở", LDTT: "Lao động tiên tiến", HTTNV: "Hoàn thành tốt nhiệm vụ" };
const name = (c: string) => NAMES[c] ?? c;
const titles = (codes: Record<number, string[]>) => Object.entries(codes).flatMap(([y, cs]) => cs.map((code) => ({ code, year: Number(y) })));
const check = (rule: PersonRecordRule, held: Record<number, string[]>, year = 2025) =>
  personRecordProblem({ name: "Phạm Thị Hồng", titles: titles(held) }, rule, year, name);

describe("personRecordProblem: N consecutive years of Chiến sĩ thi đua cơ sở", () => {
  const THREE: PersonRecordRule = { anyOf: ["CSTDCS"], years: 3 };

  test.each<[string, Record<number, string[]>, string | null]>([
    ["2023, 2024 and 2025 → met", { 2023: ["CSTDCS"], 2024: ["CSTDCS"], 2025: ["CSTDCS"] }, null],
    [
      "2024 missing: the years found and the year missing are listed",
      { 2023: ["CSTDCS"], 2025: ["CSTDCS"] },
      "Phạm Thị Hồng: cần 3 năm liên tục (2023–2025) đạt “Chiến sĩ thi đua cơ sở”; đã có năm 2023, 2025, còn thiếu năm 2024.",
    ],
    [
      "another title that year does not count",
      { 2023: ["CSTDCS"], 2024: ["LDTT"], 2025: ["CSTDCS"] },
      "Phạm Thị Hồng: cần 3 năm liên tục (2023–2025) đạt “Chiến sĩ thi đua cơ sở”; đã có năm 2023, 2025, còn thiếu năm 2024.",
    ],
    [
      "years before the window do not make up for a gap",
      { 2020: ["CSTDCS"], 2021: ["CSTDCS"], 2022: ["CSTDCS"], 2024: ["CSTDCS"], 2025: ["CSTDCS"] },
      "Phạm Thị Hồng: cần 3 năm liên tục (2023–2025) đạt “Chiến sĩ thi đua cơ sở”; đã có năm 2024, 2025, còn thiếu năm 2023.",
    ],
    ["nothing recorded", {}, "Phạm Thị Hồng: cần 3 năm liên tục (2023–2025) đạt “Chiến sĩ thi đua cơ sở”; chưa có năm nào, còn thiếu năm 2023, 2024, 2025."],
  ])("%s", (_n, held, expected) => {
    expect(check(THREE, held)).toBe(expected);
  });

  test("the window ends with the year of achievement: a later year does not fill it", () => {
    expect(check(THREE, { 2022: ["CSTDCS"], 2023: ["CSTDCS"], 2025: ["CSTDCS"] }, 2024)).toBe(
      "Phạm Thị Hồng: cần 3 năm liên tục (2022–2024) đạt “Chiến sĩ thi đua cơ sở”; đã có năm 2022, 2023, còn thiếu năm 2024.",
    );
  });

  test("a one-year rule says the year, not a span", () => {
    expect(check({ anyOf: ["CSTDCS"], years: 1 }, {})).toBe("Phạm Thị Hồng: cần năm 2025 đạt “Chiến sĩ thi đua cơ sở”; chưa có năm nào, còn thiếu năm 2025.");
  });
});

describe("personRecordProblem: the Điều 73 pattern (5 years rated well, 3 × CSTĐCS within)", () => {
  const RULE: PersonRecordRule = { anyOf: ["HTTNV", "LDTT", "CSTDCS"], years: 5, withinWindow: [{ code: "CSTDCS", count: 3 }] };

  test("every year rated, three CSTĐCS → met", () => {
    expect(check(RULE, { 2021: ["CSTDCS"], 2022: ["HTTNV"], 2023: ["CSTDCS"], 2024: ["LDTT"], 2025: ["CSTDCS"] })).toBeNull();
  });

  test("two CSTĐCS: the count and the years that have one", () => {
    expect(check(RULE, { 2021: ["CSTDCS"], 2022: ["HTTNV"], 2023: ["LDTT"], 2024: ["LDTT"], 2025: ["CSTDCS"] })).toBe(
      "Phạm Thị Hồng: cần 3 lần “Chiến sĩ thi đua cơ sở” trong 2021–2025, mới có 2 (năm 2021, 2025).",
    );
  });

  test("a gap and too few CSTĐCS: both in one sentence", () => {
    expect(check(RULE, { 2021: ["CSTDCS"], 2022: ["HTTNV"], 2024: ["LDTT"], 2025: ["CSTDCS"] })).toBe(
      "Phạm Thị Hồng: cần 5 năm liên tục (2021–2025) đạt “Hoàn thành tốt nhiệm vụ” hoặc “Lao động tiên tiến” hoặc “Chiến sĩ thi đua cơ sở”; " +
        "đã có năm 2021, 2022, 2024, 2025, còn thiếu năm 2023; cần 3 lần “Chiến sĩ thi đua cơ sở” trong 2021–2025, mới có 2 (năm 2021, 2025).",
    );
  });
});

describe("recordRuleOf: the AwardForm columns", () => {
  test.each<[string, Parameters<typeof recordRuleOf>[0], PersonRecordRule | null]>([
    ["no years → no rule", { recordYears: null, recordCodes: ["CSTDCS"], recordMinCode: null, recordMinCount: null }, null],
    ["no codes → no rule", { recordYears: 3, recordCodes: [], recordMinCode: null, recordMinCount: null }, null],
    [
      "years and codes",
      { recordYears: 3, recordCodes: ["CSTDCS"], recordMinCode: null, recordMinCount: null },
      { anyOf: ["CSTDCS"], years: 3, withinWindow: [] },
    ],
    [
      "with a count within",
      { recordYears: 5, recordCodes: ["HTTNV", "CSTDCS"], recordMinCode: "CSTDCS", recordMinCount: 3 },
      { anyOf: ["HTTNV", "CSTDCS"], years: 5, withinWindow: [{ code: "CSTDCS", count: 3 }] },
    ],
  ])("%s", (_n, columns, rule) => {
    expect(recordRuleOf(columns)).toEqual(rule);
  });
});
