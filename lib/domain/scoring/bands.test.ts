import { describe, expect, test } from "vitest";
import { bandFor } from "./bands";
import type { LeafShare } from "./sheet-total";
import { DEFAULT_BANDS, type Band } from "./types";

/** A criterion at `pct` % of a max of 20 (floorPct optional). */
const leaf = (code: string, pct: number, floorPct: number | null = null): LeafShare => ({
  criterionId: `c${code}`,
  code,
  points: (pct * 20) / 100,
  max: 20,
  pct,
  floorPct,
});
const allAt = (pct: number) => [leaf("1", 100), leaf("2", pct), leaf("3", 100)];

describe("bandFor with the default bands (Nghệ An pattern, docs/domain/scoring.md#bands [S71])", () => {
  test.each<[string, number, LeafShare[], string]>([
    ["a total of 90 with every criterion at 85% is Xuất sắc (both boundaries inclusive)", 90, allAt(85), "XUAT_SAC"],
    ["a total of 90 with one criterion at 84% is Tốt, not Xuất sắc", 90, allAt(84), "TOT"],
    ["a total of 89.99 with every criterion at 100% is Tốt", 89.99, allAt(100), "TOT"],
    ["a total of 80 with one criterion at 80% is Tốt", 80, allAt(80), "TOT"],
    ["a total of 95 with one criterion at 79% is Hoàn thành", 95, allAt(79), "HOAN_THANH"],
    ["a total of 70 with one criterion at 70% is Hoàn thành", 70, allAt(70), "HOAN_THANH"],
    ["a total of 95 with one criterion at 69% is Không hoàn thành", 95, allAt(69), "KHONG_HOAN_THANH"],
    ["a total of 69.99 is Không hoàn thành whatever the criteria", 69.99, allAt(100), "KHONG_HOAN_THANH"],
    ["a negative total still gets the fallback band", -5, allAt(0), "KHONG_HOAN_THANH"],
    ["a bonus-lifted 107 with all criteria at 100% is Xuất sắc", 107, allAt(100), "XUAT_SAC"],
    ["17 of 20 is exactly 85%: float noise does not block Xuất sắc", 90, [{ ...leaf("2", 0), points: 17, pct: (17 * 100) / 20 }], "XUAT_SAC"],
    ["no applicable criterion (all N/A): the total decides", 91, [], "XUAT_SAC"],
    // A criterion's own floor replaces the band's percentage (brief's reading, see bands.ts).
    ["a criterion with its own 50% floor at 50% does not block Xuất sắc", 95, [leaf("1", 50, 50), leaf("2", 100)], "XUAT_SAC"],
    ["a criterion with its own 50% floor at 45% blocks every band", 95, [leaf("1", 45, 50), leaf("2", 100)], "KHONG_HOAN_THANH"],
    ["a criterion with its own 90% floor at 89% blocks even Hoàn thành", 95, [leaf("1", 89, 90)], "KHONG_HOAN_THANH"],
    ["a floorPct of 0 lets a criterion at 0% pass", 95, [leaf("1", 0, 0), leaf("2", 100)], "XUAT_SAC"],
  ])("%s", (_name, total, leaves, key) => {
    expect(bandFor(total, leaves, DEFAULT_BANDS).band?.key).toBe(key);
  });

  test("the labels are the Vietnamese band names", () => {
    expect(DEFAULT_BANDS.map((b) => b.label)).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ",
      "Không hoàn thành nhiệm vụ",
    ]);
  });
});

describe("what blocked a better band (for the UI's explanation)", () => {
  test("90 with one criterion at 84%: Xuất sắc blocked by that criterion only", () => {
    expect(bandFor(90, allAt(84), DEFAULT_BANDS).blockedBy).toEqual([
      { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", totalShortBy: null, criteria: [{ criterionId: "c2", code: "2", pct: 84, requiredPct: 85 }] },
    ]);
  });

  test("85 with every criterion at 100%: Xuất sắc blocked by the total, 5 points short", () => {
    expect(bandFor(85, allAt(100), DEFAULT_BANDS).blockedBy).toEqual([
      { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", totalShortBy: 5, criteria: [] },
    ]);
  });

  test("89.99 is 0.01 short, without float noise", () => {
    expect(bandFor(89.99, allAt(100), DEFAULT_BANDS).blockedBy[0].totalShortBy).toBe(0.01);
  });

  test("the fallback band lists every better band, with the criteria each one needs", () => {
    const result = bandFor(75, [leaf("1", 45, 50), leaf("2", 75)], DEFAULT_BANDS);
    expect(result.band?.key).toBe("KHONG_HOAN_THANH");
    expect(result.blockedBy.map((b) => [b.key, b.totalShortBy, b.criteria.map((c) => `${c.code}<${c.requiredPct}`)])).toEqual([
      ["XUAT_SAC", 15, ["1<50", "2<85"]],
      ["TOT", 5, ["1<50", "2<80"]],
      ["HOAN_THANH", null, ["1<50"]],
    ]);
  });

  test("the best band has nothing blocking it", () => {
    expect(bandFor(100, allAt(100), DEFAULT_BANDS).blockedBy).toEqual([]);
  });
});

describe("configured bands", () => {
  const two: Band[] = [
    { key: "DAT", label: "Đạt", minTotal: 50, minCriterionPct: 0 },
    { key: "KHONG_DAT", label: "Không đạt", minTotal: 1000, minCriterionPct: 100 },
  ];
  test.each<[string, number, Band[], string | null]>([
    ["the first band reached wins", 60, two, "DAT"],
    ["the last band is the fallback whatever its own thresholds", 10, two, "KHONG_DAT"],
    ["a single band is always reached", 0, [two[1]], "KHONG_DAT"],
    ["no band configured gives no band", 90, [], null],
  ])("%s", (_name, total, bands, key) => {
    expect(bandFor(total, allAt(100), bands).band?.key ?? null).toBe(key);
  });
});
