import { describe, expect, test } from "vitest";
import { awardCatalogue } from "@/prisma/seed/award-forms";
import { DEFAULT_BANDS } from "../scoring";
import { type AgencyFacts, type AwardFormRule, eligibility, eligibilityMatrix, type EligibilityRules, type Gate, type PersonFacts } from "./eligibility";

/** The seeded provincial catalogue, with the schema's column defaults (prisma/schema.prisma). */
const CATALOGUE: AwardFormRule[] = awardCatalogue("province").map((f) => ({
  id: `id-${f.code}`,
  code: f.code,
  name: f.name,
  target: f.target,
  isFlag: f.isFlag ?? false,
  quotaKind: f.quotaKind ?? "NONE",
  quotaValue: f.quotaValue ?? null,
  quotaRounding: f.quotaRounding ?? "FLOOR",
  minBand: f.minBand ?? null,
  requiresRegistration: true,
  requiresPledge: true,
  requiresNoDiscipline: true,
  prerequisiteCodes: f.prerequisiteCodes ?? [],
}));
const form = (code: string) => CATALOGUE.find((f) => f.code === code)!;
const with_ = (code: string, patch: Partial<AwardFormRule>): AwardFormRule => ({ ...form(code), ...patch });

const RULES: EligibilityRules = { bands: DEFAULT_BANDS, year: 2025 };

/** An agency that passes every gate of every collective form of the seeded catalogue. */
const GOOD: AgencyFacts = {
  agencyId: "a1",
  name: "Ban Tổ chức Tỉnh ủy",
  bandKey: "XUAT_SAC",
  vetoed: false,
  registration: "ACCEPTED",
  registeredCodes: ["CO_CP", "CO_TINH", "BK_TTG", "BK_TINH", "TTLDXS", "TTLDTT", "BK_TINH_CN"],
  pledgeLocked: true,
  pledgeSigned: true,
  heldTitles: [{ code: "TTLDXS", year: 2024 }],
  collectiveDisciplined: false,
  peopleDisciplined: 0,
};
const agency = (patch: Partial<AgencyFacts>): AgencyFacts => ({ ...GOOD, ...patch });

describe("the seeded catalogue is what these tests assume", () => {
  test("CO_CP needs TTLDXS; TTLDXS needs Xuất sắc; the rest have no band or prerequisite", () => {
    expect(form("CO_CP").prerequisiteCodes).toEqual(["TTLDXS"]);
    expect(form("TTLDXS").minBand).toBe("XUAT_SAC");
    expect(form("CO_TINH")).toMatchObject({ minBand: null, prerequisiteCodes: [], isFlag: true });
  });
});

describe("eligibility: one gate at a time (collective forms)", () => {
  test.each<[string, AgencyFacts, AwardFormRule, Gate[], RegExp[]]>([
    ["every gate met → eligible", GOOD, form("CO_CP"), [], []],
    // Band (minBand against the band order)
    ["Xuất sắc reaches a Xuất sắc form", agency({ bandKey: "XUAT_SAC" }), form("TTLDXS"), [], []],
    [
      "Tốt does not reach a Xuất sắc form",
      agency({ bandKey: "TOT" }),
      form("TTLDXS"),
      ["BAND"],
      [/Chưa đạt mức xếp loại “Hoàn thành xuất sắc nhiệm vụ” \(đạt “Hoàn thành tốt nhiệm vụ”\)/],
    ],
    ["Xuất sắc reaches a Tốt form (better than required)", agency({ bandKey: "XUAT_SAC" }), with_("BK_TINH", { minBand: "TOT" }), [], []],
    ["Tốt reaches a Tốt form (boundary)", agency({ bandKey: "TOT" }), with_("BK_TINH", { minBand: "TOT" }), [], []],
    ["Hoàn thành does not reach a Tốt form", agency({ bandKey: "HOAN_THANH" }), with_("BK_TINH", { minBand: "TOT" }), ["BAND"], [/Hoàn thành tốt nhiệm vụ/]],
    ["no result yet does not reach a band", agency({ bandKey: null }), form("TTLDXS"), ["BAND"], [/Chưa có kết quả xếp loại/]],
    ["a band key unknown to the year's scale is reported", agency({ bandKey: "LOAI_A" }), form("TTLDXS"), ["BAND"], [/“LOAI_A” không có trong thang/]],
    ["a form's minBand unknown to the scale is a configuration error", GOOD, with_("BK_TINH", { minBand: "LOAI_A" }), ["BAND"], [/cần sửa cấu hình/]],
    ["no minBand: even Không hoàn thành passes the band gate", agency({ bandKey: "KHONG_HOAN_THANH" }), form("BK_TINH"), [], []],
    // Veto
    ["a veto stops the Cờ", agency({ vetoed: true, vetoedBy: ["LT1"] }), form("CO_TINH"), ["VETO"], [/điều kiện loại trừ.*\(LT1\).*vẫn được xếp hạng/]],
    ["a veto stops a Bằng khen too (default: every collective form)", agency({ vetoed: true }), form("BK_TINH"), ["VETO"], [/điều kiện loại trừ/]],
    // Registration
    ["no registration at all", agency({ registration: null }), form("CO_TINH"), ["REGISTRATION"], [/Chưa đăng ký thi đua năm nay/]],
    ["a registration still in draft", agency({ registration: "DRAFT" }), form("CO_TINH"), ["REGISTRATION"], [/đang soạn, chưa gửi/]],
    ["a submitted registration not yet accepted", agency({ registration: "SUBMITTED" }), form("CO_TINH"), ["REGISTRATION"], [/chưa được tiếp nhận/]],
    ["a returned registration", agency({ registration: "RETURNED" }), form("CO_TINH"), ["REGISTRATION"], [/đã bị trả lại/]],
    [
      "accepted, but this form is not on it",
      agency({ registeredCodes: ["BK_TINH"] }),
      form("CO_TINH"),
      ["REGISTRATION"],
      [/Không đăng ký danh hiệu, hình thức “Cờ thi đua của UBND tỉnh”/],
    ],
    ["registration not required by the form", agency({ registration: null }), with_("CO_TINH", { requiresRegistration: false }), [], []],
    // Pledge
    ["the bloc's pledge is not locked yet", agency({ pledgeLocked: false, pledgeSigned: false }), form("CO_TINH"), ["PLEDGE"], [/chưa được ký kết xong/]],
    ["the pledge is locked but this agency did not sign", agency({ pledgeSigned: false }), form("CO_TINH"), ["PLEDGE"], [/Chưa ký giao ước/]],
    ["pledge not required by the form", agency({ pledgeSigned: false }), with_("CO_TINH", { requiresPledge: false }), [], []],
    // Prerequisites
    ["Cờ CP without TTLĐXS", agency({ heldTitles: [] }), form("CO_CP"), ["PREREQUISITE"], [/“Tập thể lao động xuất sắc”/]],
    ["Cờ CP with TTLĐXS proposed this year counts (edge case 24)", agency({ heldTitles: [], pendingCodes: ["TTLDXS"] }), form("CO_CP"), [], []],
    [
      "two prerequisites, one missing, named; an unknown code shows as is",
      agency({ heldTitles: [{ code: "TTLDXS", year: 2024 }] }),
      with_("CO_CP", { prerequisiteCodes: ["TTLDXS", "DAN_DAU"] }),
      ["PREREQUISITE"],
      [/: “DAN_DAU”\.$/],
    ],
    // Discipline
    ["a disciplined collective", agency({ collectiveDisciplined: true }), form("CO_TINH"), ["DISCIPLINE"], [/tập thể bị kỷ luật/]],
    [
      "two people disciplined at cảnh cáo or above",
      agency({ peopleDisciplined: 2 }),
      form("CO_TINH"),
      ["DISCIPLINE"],
      [/2 cá nhân bị kỷ luật từ mức cảnh cáo trở lên/],
    ],
    [
      "both in one sentence",
      agency({ collectiveDisciplined: true, peopleDisciplined: 1 }),
      form("CO_TINH"),
      ["DISCIPLINE"],
      [/tập thể bị kỷ luật và 1 cá nhân/],
    ],
    ["discipline not required by the form", agency({ collectiveDisciplined: true }), with_("CO_TINH", { requiresNoDiscipline: false }), [], []],
  ])("%s", (_n, facts, f, gates, reasons) => {
    const result = eligibility(facts, f, CATALOGUE, RULES);
    expect(result.failedGates).toEqual(gates);
    expect(result.eligible).toBe(gates.length === 0);
    expect(result.reasons).toHaveLength(gates.length);
    reasons.forEach((re, i) => expect(result.reasons[i]).toMatch(re));
  });

  test("every failing gate gives its own reason, in gate order", () => {
    const worst = agency({
      bandKey: "HOAN_THANH",
      vetoed: true,
      registration: null,
      pledgeSigned: false,
      heldTitles: [],
      collectiveDisciplined: true,
    });
    const result = eligibility(worst, with_("CO_CP", { minBand: "XUAT_SAC" }), CATALOGUE, RULES);
    expect(result.failedGates).toEqual(["BAND", "VETO", "REGISTRATION", "PLEDGE", "PREREQUISITE", "DISCIPLINE"]);
    for (const r of result.reasons) expect(r).toMatch(/[À-ỹ]/);
  });

  test("a prerequisite only proposed is noted, not hidden", () => {
    const result = eligibility(agency({ heldTitles: [], pendingCodes: ["TTLDXS"] }), form("CO_CP"), CATALOGUE, RULES);
    expect(result.notes).toEqual(["Điều kiện “Tập thể lao động xuất sắc” đang được đề nghị cùng năm, chưa có quyết định."]);
  });
});

describe("eligibility: configurable [I] defaults", () => {
  test("pendingPrerequisiteCounts: false → a proposed prerequisite is not enough", () => {
    const r = eligibility(agency({ heldTitles: [], pendingCodes: ["TTLDXS"] }), form("CO_CP"), CATALOGUE, { ...RULES, pendingPrerequisiteCounts: false });
    expect(r.failedGates).toEqual(["PREREQUISITE"]);
  });

  test.each<[string, AwardFormRule, boolean]>([
    ["vetoStops FLAGS: the Cờ is stopped", form("CO_TINH"), false],
    ["vetoStops FLAGS: a Bằng khen is not", form("BK_TINH"), true],
  ])("%s", (_n, f, eligible) => {
    expect(eligibility(agency({ vetoed: true }), f, CATALOGUE, { ...RULES, vetoStops: "FLAGS" }).eligible).toBe(eligible);
  });

  test("the band order is the input list: with a reversed scale, Tốt outranks Xuất sắc", () => {
    const reversed = [...DEFAULT_BANDS].reverse();
    expect(eligibility(agency({ bandKey: "TOT" }), form("TTLDXS"), CATALOGUE, { ...RULES, bands: reversed }).eligible).toBe(true);
  });

  test("codeLabels names a code that is not a form", () => {
    const r = eligibility(agency({}), with_("CO_TINH", { prerequisiteCodes: ["DAN_DAU"] }), CATALOGUE, {
      ...RULES,
      codeLabels: { DAN_DAU: "Đơn vị dẫn đầu khối" },
    });
    expect(r.reasons).toEqual(["Chưa có danh hiệu, hình thức là điều kiện: “Đơn vị dẫn đầu khối”."]);
  });
});

describe("eligibility: individual nominations", () => {
  const PERSON: PersonFacts = { name: "Nguyễn Văn An", position: "Phó Trưởng ban", discipline: null, titles: [] };
  const person = (patch: Partial<PersonFacts>): PersonFacts => ({ ...PERSON, ...patch });
  const BK_CN = form("BK_TINH_CN");

  test.each<[string, AgencyFacts, PersonFacts, EligibilityRules, Gate[]]>([
    ["a clean person of a good agency", GOOD, PERSON, RULES, []],
    ["a reprimand (khiển trách) does not stop by default", GOOD, person({ discipline: "KHIEN_TRACH" }), RULES, []],
    ["a warning (cảnh cáo) stops", GOOD, person({ discipline: "CANH_CAO" }), RULES, ["DISCIPLINE"]],
    ["anything heavier stops", GOOD, person({ discipline: "CACH_CHUC" }), RULES, ["DISCIPLINE"]],
    [
      "with personDisciplineFrom KHIEN_TRACH a reprimand stops",
      GOOD,
      person({ discipline: "KHIEN_TRACH" }),
      { ...RULES, personDisciplineFrom: "KHIEN_TRACH" },
      ["DISCIPLINE"],
    ],
    ["the agency's veto does not stop its people (veto gates collectives)", agency({ vetoed: true }), PERSON, RULES, []],
    ["the agency's disciplined members do not stop another person", agency({ peopleDisciplined: 3 }), PERSON, RULES, []],
    ["the agency's registration still counts (it registers the titles)", agency({ registeredCodes: ["CO_TINH"] }), PERSON, RULES, ["REGISTRATION"]],
    ["the agency's pledge signature still counts", agency({ pledgeSigned: false }), PERSON, RULES, ["PLEDGE"]],
  ])("%s", (_n, facts, who, rules, gates) => {
    expect(eligibility(facts, BK_CN, CATALOGUE, rules, who).failedGates).toEqual(gates);
  });

  test("a person's prerequisite is looked up in the person's titles, not the agency's", () => {
    const f = { ...BK_CN, prerequisiteCodes: ["CSTDCS"] };
    const rules = { ...RULES, codeLabels: { CSTDCS: "Chiến sĩ thi đua cơ sở" } };
    const without = eligibility(agency({ heldTitles: [{ code: "CSTDCS", year: 2024 }] }), f, CATALOGUE, rules, PERSON);
    expect(without.reasons).toEqual(["Nguyễn Văn An: chưa có danh hiệu, hình thức là điều kiện: “Chiến sĩ thi đua cơ sở”."]);
    expect(eligibility(GOOD, f, CATALOGUE, rules, person({ titles: [{ code: "CSTDCS", year: 2023 }] })).eligible).toBe(true);
  });

  describe("a record rule (Luật 2022 Điều 73 pattern: 5 consecutive years HTT+ with 3 × CSTĐCS)", () => {
    const rules: EligibilityRules = {
      ...RULES,
      personRecord: { BK_TINH_CN: { anyOf: ["HTT", "HTXS"], years: 5, withinWindow: [{ code: "CSTDCS", count: 3 }] } },
      codeLabels: { HTT: "Hoàn thành tốt nhiệm vụ", HTXS: "Hoàn thành xuất sắc nhiệm vụ", CSTDCS: "Chiến sĩ thi đua cơ sở" },
    };
    const years = (codes: Record<number, string[]>) => Object.entries(codes).flatMap(([y, cs]) => cs.map((code) => ({ code, year: Number(y) })));
    const FULL = years({ 2021: ["HTT", "CSTDCS"], 2022: ["HTXS"], 2023: ["HTT", "CSTDCS"], 2024: ["HTT"], 2025: ["HTXS", "CSTDCS"] });

    test.each<[string, PersonFacts["titles"], boolean, RegExp | null]>([
      ["2021–2025 all rated, 3 × CSTĐCS → eligible", FULL, true, null],
      ["a gap in 2023 breaks the streak", FULL.filter((t) => !(t.year === 2023 && t.code === "HTT")), false, /còn thiếu năm 2023/],
      [
        "years before the window do not count",
        years({ 2019: ["HTT", "CSTDCS"], 2020: ["HTT", "CSTDCS"], 2022: ["HTT"], 2023: ["HTT"], 2024: ["HTT"], 2025: ["HTT", "CSTDCS"] }),
        false,
        /còn thiếu năm 2021/,
      ],
      [
        "only 2 × CSTĐCS in the window",
        FULL.filter((t) => !(t.year === 2025 && t.code === "CSTDCS")),
        false,
        /cần 3 lần “Chiến sĩ thi đua cơ sở” trong 2021–2025, mới có 2/,
      ],
      ["nothing at all: both problems in one sentence", [], false, /còn thiếu năm 2021, 2022, 2023, 2024, 2025; cần 3 lần/],
    ])("%s", (_n, titles, eligible, re) => {
      const r = eligibility(GOOD, BK_CN, CATALOGUE, rules, person({ titles }));
      expect(r.eligible).toBe(eligible);
      if (re) {
        expect(r.failedGates).toEqual(["PERSON"]);
        expect(r.reasons[0]).toMatch(/^Nguyễn Văn An: /);
        expect(r.reasons[0]).toMatch(re);
      }
    });

    test("the rule only applies to the form it is configured for", () => {
      const otherForm = { ...BK_CN, code: "OTHER_CN", requiresRegistration: false };
      expect(eligibility(GOOD, otherForm, CATALOGUE, rules, person({ titles: [] })).eligible).toBe(true);
    });
  });
});

describe("eligibilityMatrix", () => {
  const agencies = [
    GOOD,
    agency({ agencyId: "a2", name: "Ủy ban Kiểm tra Tỉnh ủy", bandKey: "TOT", heldTitles: [] }),
    agency({ agencyId: "a3", name: "Văn phòng Tỉnh ủy", vetoed: true, vetoedBy: ["LT2"] }),
  ];
  const m = eligibilityMatrix(agencies, CATALOGUE, RULES);

  test("one row per agency, in the order given (a gated agency keeps its ranked place)", () => {
    expect(m.rows.map((r) => r.agencyId)).toEqual(["a1", "a2", "a3"]);
    expect(Object.keys(m.rows[0].byForm).sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
  });

  test.each<[string, string, boolean]>([
    ["a1", "CO_CP", true],
    ["a2", "CO_CP", false],
    ["a2", "TTLDXS", false],
    ["a2", "CO_TINH", true],
    ["a3", "CO_TINH", false],
    ["a3", "BK_TINH_CN", true],
  ])("%s × %s → %s", (agencyId, code, eligible) => {
    const row = m.rows.find((r) => r.agencyId === agencyId)!;
    expect(row.byForm[`id-${code}`].eligible).toBe(eligible);
  });

  test("the matrix agrees with eligibility() cell by cell, and counts eligible agencies per form", () => {
    for (const f of CATALOGUE) {
      const expected = agencies.filter((a) => eligibility(a, f, CATALOGUE, RULES).eligible).length;
      expect(m.eligibleCount[f.id]).toBe(expected);
    }
    expect(m.eligibleCount["id-CO_CP"]).toBe(1);
    expect(m.eligibleCount["id-CO_TINH"]).toBe(2);
    expect(m.eligibleCount["id-BK_TINH_CN"]).toBe(3);
  });

  test("an empty bloc gives an empty matrix with zero counts", () => {
    expect(eligibilityMatrix([], CATALOGUE, RULES)).toEqual({ rows: [], eligibleCount: Object.fromEntries(CATALOGUE.map((f) => [f.id, 0])) });
  });
});
