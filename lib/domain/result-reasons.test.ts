import { describe, expect, it } from "vitest";
import { bandReason, tieBreakNote } from "./result-reasons";

describe("bandReason", () => {
  it("is null for the best band", () => {
    expect(bandReason([])).toBeNull();
  });

  it("names the band just above and what stopped it: a criterion below its floor, the total", () => {
    const blockedBy = [
      { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", totalShortBy: 12, criteria: [] },
      {
        key: "TOT",
        label: "Hoàn thành tốt nhiệm vụ",
        totalShortBy: null,
        criteria: [{ criterionId: "c2", code: "2", pct: 72.56, requiredPct: 80 }],
      },
    ];
    expect(bandReason(blockedBy)).toBe("Chưa đạt “Hoàn thành tốt nhiệm vụ”: tiêu chí 2 đạt 72,5% (cần 80%)");
    expect(
      bandReason([{ key: "HT", label: "Hoàn thành nhiệm vụ", totalShortBy: 1.5, criteria: [{ criterionId: "c", code: "I.1", pct: 40, requiredPct: 50 }] }]),
    ).toBe("Chưa đạt “Hoàn thành nhiệm vụ”: tổng điểm thiếu 1,5; tiêu chí I.1 đạt 40% (cần 50%)");
  });
});

describe("tieBreakNote", () => {
  it.each<[Parameters<typeof tieBreakNote>[0], string | null, string | null]>([
    [null, null, null],
    ["FEWER_PENALTY", null, "Bằng tổng điểm với đơn vị xếp trên; xếp sau vì bị trừ nhiều điểm hơn"],
    ["GROUP_SCORE", "I", "Bằng tổng điểm với đơn vị xếp trên; xếp sau vì điểm nhóm I thấp hơn"],
    ["HIGHER_BONUS", null, "Bằng tổng điểm với đơn vị xếp trên; xếp sau vì điểm thưởng thấp hơn"],
  ])("%s %s", (by, group, expected) => {
    expect(tieBreakNote(by, group)).toBe(expected);
  });
});
