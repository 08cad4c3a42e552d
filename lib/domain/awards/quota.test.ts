import { describe, expect, test } from "vitest";
import { type QuotaRule, quotaCheck, quotaFor, type Rounding, toHundredths } from "./quota";

const percent = (value: number | string | null, rounding: Rounding = "FLOOR"): QuotaRule => ({
  name: "Cờ thi đua của UBND tỉnh",
  quotaKind: "PERCENT_OF_MEMBERS",
  quotaValue: value,
  quotaRounding: rounding,
});
const count = (value: number | string | null, rounding: Rounding = "FLOOR"): QuotaRule => ({
  name: "Bằng khen của Chủ tịch UBND tỉnh",
  quotaKind: "COUNT",
  quotaValue: value,
  quotaRounding: rounding,
});
const max = (rule: QuotaRule, members: number) => {
  const q = quotaFor(rule, members);
  return q.limited ? q.max : null;
};

describe("toHundredths: decimals as integers, without float noise", () => {
  test.each<[string, number | string | null, number | null]>([
    ["20 → 2000", 20, 2000],
    ["the Decimal string 20.00 → 2000", "20.00", 2000],
    ["0.29 → 29 (0.29 × 100 = 28.999… in floats)", 0.29, 29],
    ["33.33 → 3333", 33.33, 3333],
    ["a comma decimal 12,5 → 1250", "12,5", 1250],
    ["'.5' → 50", ".5", 50],
    ["-1.5 → -150", -1.5, -150],
    ["null → null", null, null],
    ["'abc' → null", "abc", null],
    ["'' → null", "", null],
    ["NaN → null", Number.NaN, null],
  ])("%s", (_n, value, expected) => expect(toHundredths(value)).toBe(expected));

  test("the naive float product really is off (why toHundredths exists)", () => {
    expect(0.29 * 100).not.toBe(29);
  });
});

describe("quotaFor", () => {
  test.each<[string, QuotaRule, number, number | null]>([
    ["NONE is unlimited", { name: "Bằng khen TTg", quotaKind: "NONE", quotaValue: null, quotaRounding: "FLOOR" }, 14, null],
    ["NONE ignores a stray value", { name: "x", quotaKind: "NONE", quotaValue: 2, quotaRounding: "FLOOR" }, 14, null],
    ["COUNT 1 (one Cờ tỉnh per bloc)", count(1), 10, 1],
    ["COUNT 3 whatever the size", count("3.00"), 2, 3],
    ["COUNT 0 allows none", count(0), 10, 0],
    ["a fractional COUNT 2.5 floors to 2", count(2.5, "FLOOR"), 10, 2],
    ["a fractional COUNT 2.5 ceils to 3", count(2.5, "CEIL"), 10, 3],
    ["a fractional COUNT 2.5 half-up is 3", count(2.5, "HALF_UP"), 10, 3],
    ["a negative COUNT is 0, never negative", count(-2), 10, 0],
    ["a missing COUNT value is 0 (refuse rather than allow all)", count(null), 10, 0],
    ["20% of 15 is exactly 3 (floor must not give 2)", percent(20, "FLOOR"), 15, 3],
    ["20% of 15 with CEIL is 3, not 4", percent(20, "CEIL"), 15, 3],
    ["20% of 3 = 0.6 → FLOOR 0 (edge case 4)", percent(20, "FLOOR"), 3, 0],
    ["20% of 3 = 0.6 → CEIL 1", percent(20, "CEIL"), 3, 1],
    ["20% of 3 = 0.6 → HALF_UP 1", percent(20, "HALF_UP"), 3, 1],
    ["20% of 14 = 2.8 → FLOOR 2", percent(20, "FLOOR"), 14, 2],
    ["20% of 12 = 2.4 → HALF_UP 2", percent(20, "HALF_UP"), 12, 2],
    ["25% of 10 = 2.5 → HALF_UP 3 (half goes up)", percent(25, "HALF_UP"), 10, 3],
    ["25% of 10 = 2.5 → FLOOR 2", percent(25, "FLOOR"), 10, 2],
    ["25% of 10 = 2.5 → CEIL 3", percent(25, "CEIL"), 10, 3],
    ["30% of 10 = 3 exactly in every rounding (0.3 × 10 is 3.0000000000000004 in floats)", percent(30, "CEIL"), 10, 3],
    ["33.33% of 3 = 0.9999 → CEIL 1", percent("33.33", "CEIL"), 3, 1],
    ["33.33% of 3 = 0.9999 → HALF_UP 1", percent("33.33", "HALF_UP"), 3, 1],
    ["33.33% of 3 = 0.9999 → FLOOR 0", percent("33.33", "FLOOR"), 3, 0],
    ["14.29% of 7 = 1.0003 → FLOOR 1", percent(14.29, "FLOOR"), 7, 1],
    ["14.29% of 7 = 1.0003 → CEIL 2", percent(14.29, "CEIL"), 7, 2],
    ["0 members → 0", percent(20, "CEIL"), 0, 0],
    ["negative members count as 0", percent(20, "CEIL"), -5, 0],
    ["a negative percentage is 0", percent(-20, "CEIL"), 10, 0],
    ["100% of 6 is 6", percent(100), 6, 6],
    ["a missing percentage is 0", percent(null, "CEIL"), 10, 0],
  ])("%s", (_n, rule, members, expected) => expect(max(rule, members)).toBe(expected));

  test("the description shows the computation and the rounding", () => {
    const q = quotaFor(percent(20, "CEIL"), 3);
    expect(q.description).toBe("tối đa 20% số thành viên: 3 × 20% = 0,6, làm tròn lên → 1");
  });

  test("an exact percentage does not mention rounding", () => {
    expect(quotaFor(percent(20), 15).description).toBe("tối đa 20% số thành viên: 15 × 20% = 3 → 3");
  });
});

describe("quotaCheck", () => {
  test.each<[string, QuotaRule, number, number, number, boolean, number | null]>([
    ["unlimited: always ok", { name: "x", quotaKind: "NONE", quotaValue: null, quotaRounding: "FLOOR" }, 10, 99, 5, true, null],
    ["COUNT 1, none sent, send 1: ok, 0 left", count(1), 10, 0, 1, true, 0],
    ["COUNT 1, one sent, send 1: refused", count(1), 10, 1, 1, false, 0],
    ["COUNT 3, two sent, send 1: ok", count(3), 10, 2, 1, true, 0],
    ["COUNT 3, two sent, send 2: refused, 1 left", count(3), 10, 2, 2, false, 1],
    ["20% of 15, three sent: refused", percent(20), 15, 3, 1, false, 0],
    ["20% of 15, two sent: ok", percent(20), 15, 2, 1, true, 0],
    ["20% of 3 FLOOR: even the first is refused", percent(20, "FLOOR"), 3, 0, 1, false, 0],
    ["more already sent than the quota (quota lowered later): 0 left, refused", count(1), 10, 3, 1, false, 0],
    ["sending 0 is always ok", count(0), 10, 0, 0, true, 0],
  ])("%s", (_n, rule, members, sent, toSend, ok, remaining) => {
    const r = quotaCheck(rule, members, sent, toSend);
    expect(r.ok).toBe(ok);
    expect(r.remaining).toBe(remaining);
  });

  test("the refusal names the form and the quota, in Vietnamese", () => {
    const r = quotaCheck(count(1), 10, 1, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain("“Bằng khen của Chủ tịch UBND tỉnh”");
      expect(r.reason).toContain("tối đa 1");
      expect(r.reason).toContain("đã gửi 1");
      expect(r.reason).toContain("không còn suất nào");
    }
  });

  test("a percentage refusal shows how the quota was computed", () => {
    const r = quotaCheck(percent(20, "FLOOR"), 14, 2, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain("14 × 20% = 2,8, làm tròn xuống → 2");
  });
});
