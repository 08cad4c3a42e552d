/**
 * The worked table of docs/domain/scoring.md#worked-example end to end (fixtures.ts), every figure computed by hand below.
 */
import { describe, expect, test } from "vitest";
import { WORKED_BLOC, WORKED_RULES, WORKED_TABLE } from "./fixtures";
import { computeBlocResults } from "./index";

const results = computeBlocResults(WORKED_TABLE, WORKED_BLOC, WORKED_RULES);
const of = (agencyId: string) => results.agencies.find((a) => a.agencyId === agencyId)!;
const pointsOf = (agencyId: string) =>
  Object.fromEntries(Object.entries(of(agencyId).criteria).map(([id, p]) => [id, p.status === "SCORED" ? p.points : p.status]));

describe("Ban Tổ chức — a realistic sheet computed by hand", () => {
  const btc = of("ban-to-chuc");

  test("points of each criterion", () => {
    expect(pointsOf("ban-to-chuc")).toEqual({
      c1: 20, // 12/10 is the bloc's best A/T → leader → Max (docs/domain/scoring.md#leader-relative)
      c2: 12, // level 2
      c3: 5,
      c4: 10, // 6 × 2 = 12, capped at 10
      c5: 5,
      c6: 3,
      c7: 4,
      c8: 3,
      c9: 3,
      c10: 4,
      c11: 4,
      c12: 4,
      c13: 4, // no absence
      c14: 3,
      c15: 3,
      c16: 4,
      c17: 3,
      c18: 3,
      b1: 4, // 3 × 2 = 6, line capped at 4
      b2a: 3,
      b2b: 2, // 3 + 2 = 5, group "+2" capped at 4
      b3: 2,
      p1: 2, // 2 late reports × 1
      p2: 0,
      p3: 2, // 1 criticism × 2
      p4: 0,
      p5: 0,
      x1: 0,
      x2: 0,
      x3: 0,
      x4: 0,
    });
  });

  test("group subtotals", () => {
    const g = (id: string) => btc.groups[id].points;
    // I: 20 + 12 + 5 + 10 = 47; II: 5 + 3 + 4 + 3 = 15; III: 3 + 4 + 4 + 4 = 15; IV: 4 + 3 + 3; V: 4 + 3 + 3
    expect([g("g1"), g("g2"), g("g3"), g("g4"), g("g5")]).toEqual([47, 15, 15, 10, 10]);
    expect([g("b2"), g("bonus"), g("pen")]).toEqual([4, 10, 4]); // "+2": min(5, 4); "+": 4 + 4 + 2; "−": 2 + 2
  });

  test("base 97 + bonus 10 − penalty 4 = 103", () => {
    expect(btc).toMatchObject({ baseRaw: 97, base: 97, applicableMax: 100, bonusUncapped: 10, bonus: 10, penalty: 4, total: 103 });
  });

  test("Tốt, not Xuất sắc: criterion 2 is at 80% (< 85%)", () => {
    expect(btc.band.band?.key).toBe("TOT");
    expect(btc.band.blockedBy).toEqual([
      { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", totalShortBy: null, criteria: [{ criterionId: "c2", code: "2", pct: 80, requiredPct: 85 }] },
    ]);
  });

  test("17 of 18 criteria at full marks, lowest is criterion 2 at 80%, not vetoed, nothing missing", () => {
    expect(btc).toMatchObject({ fullMarksCount: 17, lowest: { code: "2", pct: 80 }, vetoed: false, missing: [], errors: [] });
  });
});

describe("Trường Chính trị — criterion 4 N/A, rescaled", () => {
  const tct = of("truong-chinh-tri");

  test("criterion 1 is 9.00 (0.5 · 20 · 0.9) and criterion 4 is N/A", () => {
    expect(tct.criteria.c1.points).toBe(9);
    expect(tct.criteria.c4.status).toBe("NA");
  });

  test("group I: 9 + 12 + 5 = 26 of an applicable 40, i.e. 32.5 of 50", () => {
    expect(tct.groups.g1).toMatchObject({ points: 26, max: 50, applicableMax: 40, rescaled: 32.5 });
  });

  test("raw 70 of an applicable 90 → base 77.78; − 2 for an absence = 75.78", () => {
    // II: 3 + 3 + 4 + 3 = 13; III: 3 + 4 + 2 + 4 = 13; IV: 3 + 3 + 3 = 9; V: 3 + 3 + 3 = 9
    expect(tct).toMatchObject({ baseRaw: 70, applicableMax: 90, bonus: 0, penalty: 2, total: 75.78 });
    expect(tct.base).toBeCloseTo(700 / 9, 10);
  });

  test("Không hoàn thành: criterion 1 at 45% is below its own 50% floor", () => {
    expect(tct.band.band?.key).toBe("KHONG_HOAN_THANH");
    const hoanThanh = tct.band.blockedBy.find((b) => b.key === "HOAN_THANH")!;
    expect(hoanThanh.totalShortBy).toBeNull();
    expect(hoanThanh.criteria.map((c) => c.code)).toEqual(["1", "5", "11"]); // 45% < 50, 60% < 70, 50% < 70
  });
});

describe("the whole bloc", () => {
  test.each<[string, number, number, string, boolean]>([
    ["ban-to-chuc", 20, 103, "TOT", false],
    ["ubkt", 15, 95, "XUAT_SAC", false], // 75% on criterion 1 clears its own 50% floor
    ["van-phong", 10, 85, "TOT", true], // exactly 50% on criterion 1 is enough (≥); −5 and a veto
    ["truong-chinh-tri", 9, 75.78, "KHONG_HOAN_THANH", false],
  ])("%s: criterion 1 = %d, total %d, band %s, vetoed %s", (agencyId, c1, total, band, vetoed) => {
    const a = of(agencyId);
    expect(a.criteria.c1.points).toBe(c1);
    expect(a.total).toBe(total);
    expect(a.band.band?.key).toBe(band);
    expect(a.vetoed).toBe(vetoed);
  });

  test("ranking: Nhất, Nhì, Ba; the vetoed Văn phòng stays ranked", () => {
    expect(results.ranking.map((r) => [r.agencyId, r.rank, r.label, r.needsRunoff])).toEqual([
      ["ban-to-chuc", 1, "Nhất", false],
      ["ubkt", 2, "Nhì", false],
      ["van-phong", 3, "Ba", false],
      ["truong-chinh-tri", 4, null, false],
    ]);
  });
});
