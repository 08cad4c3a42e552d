import { describe, expect, test } from "vitest";
import { AwardFormInputSchema } from "./awards";

const BASE = {
  cycleId: "c1",
  code: "BK_CN",
  name: "Bằng khen cá nhân",
  target: "INDIVIDUAL",
  authorityKind: "PROVINCE_CHAIR",
  authorityName: "Chủ tịch UBND tỉnh",
  quotaKind: "NONE",
  quotaRounding: "FLOOR",
};
const errors = (over: Record<string, string>) => {
  const r = AwardFormInputSchema.safeParse({ ...BASE, ...over });
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("AwardFormInputSchema: the person's record rule", () => {
  test("years, codes (upper-cased, once each) and a count within", () => {
    const r = AwardFormInputSchema.parse({ ...BASE, recordYears: "5", recordCodes: "httnv, cstdcs CSTDCS", recordMinCode: "cstdcs", recordMinCount: "3" });
    expect([r.recordYears, r.recordCodes, r.recordMinCode, r.recordMinCount]).toEqual([5, ["HTTNV", "CSTDCS"], "CSTDCS", 3]);
  });

  test("left empty: no rule", () => {
    const r = AwardFormInputSchema.parse({ ...BASE, recordYears: "", recordCodes: "", recordMinCode: "", recordMinCount: "" });
    expect([r.recordYears, r.recordCodes, r.recordMinCode, r.recordMinCount]).toEqual([null, [], null, null]);
  });

  test.each<[string, Record<string, string>, Record<string, string>]>([
    [
      "a collective form",
      { target: "COLLECTIVE", recordYears: "3", recordCodes: "CSTDCS" },
      { recordYears: "Chỉ hình thức khen thưởng cá nhân có điều kiện số năm liên tục." },
    ],
    ["years without codes", { recordYears: "3" }, { recordCodes: "Vui lòng nhập mã danh hiệu phải đạt mỗi năm (ví dụ CSTDCS)." }],
    ["codes without years", { recordCodes: "CSTDCS" }, { recordYears: "Vui lòng nhập số năm liên tục cho điều kiện này." }],
    ["years out of range", { recordYears: "31", recordCodes: "CSTDCS" }, { recordYears: "Số năm liên tục từ 1 đến 30." }],
    ["years not whole", { recordYears: "2.5", recordCodes: "CSTDCS" }, { recordYears: "Số năm liên tục phải là số nguyên." }],
    [
      "a count above the years",
      { recordYears: "3", recordCodes: "CSTDCS", recordMinCode: "CSTDCS", recordMinCount: "4" },
      { recordMinCount: "Số lần tối thiểu không vượt quá số năm liên tục." },
    ],
    [
      "a code without its count",
      { recordYears: "3", recordCodes: "CSTDCS", recordMinCode: "CSTDCS" },
      { recordMinCount: "Nhập cả mã danh hiệu và số lần tối thiểu, hoặc để trống cả hai." },
    ],
  ])("refuses %s", (_n, over, expected) => {
    expect(errors(over)).toEqual(expected);
  });
});
