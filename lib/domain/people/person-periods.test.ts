import { describe, expect, it } from "vitest";
import { checkPersonPeriods, periodsOverlap, periodText, type PeriodDraft } from "./person-periods";

const p = (row: number | null, fromOn: string | null, toOn: string | null, agencyName = "Ban A"): PeriodDraft => ({ row, agencyName, fromOn, toOn });

describe("periodsOverlap", () => {
  it.each<[string, PeriodDraft, PeriodDraft, boolean]>([
    ["consecutive periods", p(0, "2020-01-01", "2022-12-31"), p(1, "2023-01-01", null), false],
    ["sharing the last day (ends inclusive)", p(0, "2020-01-01", "2023-01-01"), p(1, "2023-01-01", null), true],
    ["two still running", p(0, "2020-01-01", null), p(1, "2024-05-01", null), true],
    ["an open start before a later period", p(0, null, "2019-12-31"), p(1, "2020-01-01", null), false],
    ["an open start reaching into another", p(0, null, "2021-06-30"), p(1, "2020-01-01", "2021-01-01"), true],
    ["an undated period (where, not when)", p(0, null, null), p(1, "2020-01-01", null), false],
    ["two undated periods", p(0, null, null), p(1, null, null), false],
  ])("%s → %s", (_name, a, b, overlap) => {
    expect(periodsOverlap(a, b)).toBe(overlap);
    expect(periodsOverlap(b, a)).toBe(overlap);
  });
});

describe("checkPersonPeriods", () => {
  it("accepts periods in sequence, and undated ones beside them", () => {
    expect(checkPersonPeriods([p(0, "2018-01-01", "2021-03-31"), p(1, "2021-04-01", null, "Ban B"), p(null, null, null)])).toBeNull();
  });

  it("refuses an end before the start on that row", () => {
    expect(checkPersonPeriods([p(0, "2022-01-01", "2021-01-01")])).toEqual({ "period.0.toOn": ["Ngày kết thúc không được trước ngày bắt đầu."] });
  });

  it("names the clashing period on each row of the form that meets it, never on a kept one", () => {
    expect(checkPersonPeriods([p(null, "2015-01-01", "2020-12-31", "Ban cũ"), p(2, "2020-06-01", null, "Ban B")])).toEqual({
      "period.2.fromOn": ["Thời gian công tác trùng với thời gian tại Ban cũ (01/01/2015 – 31/12/2020)."],
    });
    expect(Object.keys(checkPersonPeriods([p(0, "2020-01-01", null), p(1, "2021-01-01", null)]) ?? {})).toEqual(["period.0.fromOn", "period.1.fromOn"]);
  });

  it("says an open period runs until now", () => {
    expect(periodText({ fromOn: "2021-04-01", toOn: null })).toBe("01/04/2021 – nay");
    expect(periodText({ fromOn: null, toOn: "2020-12-31" })).toBe("chưa rõ – 31/12/2020");
  });
});
