import { describe, expect, it } from "vitest";
import { isEmulationTitle, reportAwardKind, reportDecreeOn, reportFormFor, reportFormReference, type AwardFormFacts } from "./achievement-report-forms";

const CO_CP: AwardFormFacts = { code: "CO_CP", name: "Cờ thi đua của Chính phủ", target: "COLLECTIVE", isFlag: true, authorityKind: "PRIME_MINISTER" };
const CO_TINH: AwardFormFacts = { code: "CO_TINH", name: "Cờ thi đua của UBND tỉnh", target: "COLLECTIVE", isFlag: true, authorityKind: "PROVINCE_CHAIR" };
const BK_TTG: AwardFormFacts = {
  code: "BK_TTG",
  name: "Bằng khen của Thủ tướng Chính phủ",
  target: "COLLECTIVE",
  isFlag: false,
  authorityKind: "PRIME_MINISTER",
};
const BK_TINH: AwardFormFacts = {
  code: "BK_TINH",
  name: "Bằng khen của Chủ tịch UBND tỉnh",
  target: "COLLECTIVE",
  isFlag: false,
  authorityKind: "PROVINCE_CHAIR",
};
const TTLDXS: AwardFormFacts = { code: "TTLDXS", name: "Tập thể lao động xuất sắc", target: "COLLECTIVE", isFlag: false, authorityKind: "PROVINCE_CHAIR" };
const BK_CN: AwardFormFacts = {
  code: "BK_TINH_CN",
  name: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
  target: "INDIVIDUAL",
  isFlag: false,
  authorityKind: "PROVINCE_CHAIR",
};
const CSTD: AwardFormFacts = { code: null, name: "Chiến sĩ thi đua cấp tỉnh", target: "INDIVIDUAL", isFlag: false, authorityKind: "PROVINCE_CHAIR" };

describe("reportAwardKind and isEmulationTitle", () => {
  it.each<[AwardFormFacts, string, boolean]>([
    [CO_CP, "GOVERNMENT_FLAG", true],
    [CO_TINH, "FLAG", true],
    [TTLDXS, "COLLECTIVE_TITLE", true],
    [BK_TTG, "COLLECTIVE_MERIT", false],
    [BK_TINH, "COLLECTIVE_MERIT", false],
    [BK_CN, "INDIVIDUAL", false],
    [CSTD, "INDIVIDUAL", true],
  ])("%o → %s, title %s", (f, kind, title) => {
    expect(reportAwardKind(f)).toBe(kind);
    expect(isEmulationTitle(f)).toBe(title);
  });
});

describe("reportDecreeOn", () => {
  it.each([
    ["2017-09-30", null],
    ["2017-10-01", "ND_91_2017"],
    ["2023-12-31", "ND_91_2017"],
    ["2024-01-01", "ND_98_2023"],
    ["2025-06-30", "ND_98_2023"],
    ["2025-07-01", "ND_152_2025"],
    ["2026-12-20", "ND_152_2025"],
  ])("%s → %s", (day, decree) => expect(reportDecreeOn(day)).toBe(decree));
});

describe("reportFormFor: award × date → mẫu", () => {
  it.each<[string, AwardFormFacts, string, string | null, "COLLECTIVE" | "INDIVIDUAL", boolean]>([
    ["Cờ CP in 2019", CO_CP, "2019-12-20", "Mẫu số 01", "COLLECTIVE", true],
    ["a person in 2019", BK_CN, "2019-12-20", "Mẫu số 02", "INDIVIDUAL", true],
    ["Cờ tỉnh in 2024", CO_TINH, "2024-12-20", "Mẫu số 02", "COLLECTIVE", true],
    ["Bằng khen TTg in 2024", BK_TTG, "2024-12-20", "Mẫu số 02", "COLLECTIVE", true],
    ["a person in 2024", BK_CN, "2024-12-20", "Mẫu số 03", "INDIVIDUAL", true],
    ["Cờ CP in 2025 (NĐ 152: its own report, number not confirmed)", CO_CP, "2025-12-20", null, "COLLECTIVE", true],
    ["Cờ tỉnh in 2025 (our reading)", CO_TINH, "2025-12-20", null, "COLLECTIVE", false],
    ["Bằng khen tỉnh in 2026", BK_TINH, "2026-12-20", null, "COLLECTIVE", true],
    ["a person in 2026", BK_CN, "2026-12-20", null, "INDIVIDUAL", true],
  ])("%s", (_n, award, day, number, layout, confirmed) => {
    const f = reportFormFor(award, day);
    expect([f.number, f.layout, f.confirmed]).toEqual([number, layout, confirmed]);
  });

  it("names the form and its annex", () => {
    expect(reportFormReference(reportFormFor(CO_TINH, "2024-12-20"))).toBe("Mẫu số 02, Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP");
    expect(reportFormReference(reportFormFor(CO_CP, "2025-12-20"))).toBe(
      "Báo cáo thành tích đề nghị danh hiệu “Cờ thi đua của Chính phủ” (Phụ lục ban hành kèm theo Nghị định số 152/2025/NĐ-CP)",
    );
    expect(reportFormReference(reportFormFor(BK_CN, "2026-12-20"))).toContain("công trạng cho cá nhân");
    expect(reportFormReference(reportFormFor(CO_CP, "2016-12-20"))).toBeNull();
  });
});
