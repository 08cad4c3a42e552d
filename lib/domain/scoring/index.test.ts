import { describe, expect, test } from "vitest";
import { def, levels, sheet, WORKED_RULES, WORKED_TABLE } from "./fixtures";
import { computeBlocResults } from "./index";
import { roundPoints } from "./round";
import type { CriterionDef, EntryInput } from "./types";

const LEADER = { c1: { actual: 12, target: 10 } }; // everyone on 12/10: all tied leaders → 20

describe("computeBlocResults: entries that are not usable are reported, never thrown", () => {
  const run = (entries: EntryInput[]) => computeBlocResults(WORKED_TABLE, { a: entries }, WORKED_RULES).agencies[0];

  test("an entry for an unknown criterion", () => {
    const a = run([...sheet(LEADER), { criterionId: "nope", isNA: false, value: 1 }]);
    expect(a.errors).toEqual([{ criterionId: "nope", code: "UNKNOWN_CRITERION", message: "Mục chấm điểm không thuộc bảng tiêu chí này." }]);
    expect(a.total).toBe(100);
  });

  test("a second entry for the same criterion: the first counts", () => {
    const a = run([...sheet(LEADER), { criterionId: "c2", isNA: false, value: 4 }]);
    expect(a.errors.map((e) => [e.code, e.message])).toEqual([["DUPLICATE_ENTRY", "Tiêu chí 2: có nhiều hơn một mục chấm, chỉ mục đầu tiên được tính."]]);
    expect(a.criteria.c2.points).toBe(15);
  });

  test("an entry typed on a group is refused and the group stays the sum of its children", () => {
    const a = run([...sheet(LEADER), { criterionId: "g1", isNA: false, points: 10 }]);
    expect(a.errors.map((e) => e.code)).toEqual(["GROUP_NOT_SCORED"]);
    expect(a.groups.g1.points).toBe(50);
  });

  test("a value error counts 0 and is listed with its Vietnamese message", () => {
    const a = run(sheet({ ...LEADER, c7: { value: 3 } }));
    expect(a.errors).toEqual([{ criterionId: "c7", code: "BAD_VALUE", message: "Tiêu chí 7: chỉ nhận 1 (đạt) hoặc 0 (không đạt)." }]);
    expect(a.total).toBe(96);
  });

  test("missing entries are listed in table order and count 0", () => {
    const a = run(sheet(LEADER).filter((e) => !["c18", "c2", "x1"].includes(e.criterionId)));
    expect(a.missing).toEqual(["c2", "c18", "x1"]);
    expect(a.total).toBe(82);
  });

  test("an agency with no entries at all gets 0 and every criterion missing", () => {
    const a = run([]);
    expect(a).toMatchObject({ total: 0, vetoed: false });
    expect(a.missing).toHaveLength(31);
  });
});

describe("computeBlocResults across agencies", () => {
  test("the leader-relative criterion is recomputed from every agency's figures", () => {
    const bloc = (btcActual: number) =>
      computeBlocResults(
        WORKED_TABLE,
        { btc: sheet({ c1: { actual: btcActual, target: 10 } }), ubkt: sheet({ c1: { actual: 11, target: 10 } }) },
        WORKED_RULES,
      );
    expect(bloc(12).agencies[1].criteria.c1.points).toBe(15);
    expect(bloc(14).agencies[1].criteria.c1.points).toBe(12.5);
  });

  test("equal totals broken by group I, then fewer penalties…", () => {
    const r = computeBlocResults(
      WORKED_TABLE,
      {
        x: sheet({ ...LEADER, c2: { value: 2 } }), // −3 in group I → 97
        y: sheet({ ...LEADER, c5: { value: 2 }, c17: { value: 2 } }), // −2 and −1 outside group I → 97
        z: sheet({ ...LEADER, c5: { value: 2 }, c17: { value: 3 }, b3: { value: 1 }, p1: { value: 1 } }), // −2 −2 +2 −1 → 97
      },
      WORKED_RULES,
    );
    expect(r.agencies.map((a) => [a.total, a.groups.g1.points, a.penalty])).toEqual([
      [97, 47, 0],
      [97, 50, 0],
      [97, 50, 1],
    ]);
    expect(r.ranking.map((x) => [x.agencyId, x.rank, x.separatedBy])).toEqual([
      ["y", 1, null],
      ["z", 2, "FEWER_PENALTY"],
      ["x", 3, "GROUP_SCORE"],
    ]);
  });

  test("the group I tie-break compares N/A-rescaled group scores (42.5 vs 41), not raw sums (34 vs 41)", () => {
    const r = computeBlocResults(
      WORKED_TABLE,
      {
        b: sheet({ ...LEADER, c2: { points: 6 }, b1: { points: 4 }, b3: { points: 0.33 } }), // 41 + 50 + 4.33 = 95.33
        a: sheet({ ...LEADER, c4: { isNA: true }, c2: { value: 3 }, b3: { value: 1 } }), // 84 / 90 × 100 + 2 = 95.33
      },
      WORKED_RULES,
    );
    expect(r.agencies.map((a) => [a.total, a.groups.g1.points, a.groups.g1.rescaled])).toEqual([
      [95.33, 41, 41],
      [95.33, 34, 42.5],
    ]);
    expect(r.ranking.map((x) => [x.agencyId, x.separatedBy])).toEqual([
      ["a", null],
      ["b", "GROUP_SCORE"],
    ]);
  });

  test("identical sheets share Nhất and need a run-off", () => {
    const r = computeBlocResults(WORKED_TABLE, { p: sheet(LEADER), q: sheet(LEADER), s: sheet({ ...LEADER, c7: { value: 0 } }) }, WORKED_RULES);
    expect(r.ranking.map((x) => [x.agencyId, x.rank, x.label, x.needsRunoff])).toEqual([
      ["p", 1, "Nhất", true],
      ["q", 1, "Nhất", true],
      ["s", 3, "Ba", false],
    ]);
  });

  test("an empty bloc gives no results", () => {
    expect(computeBlocResults(WORKED_TABLE, {}, WORKED_RULES)).toEqual({ agencies: [], ranking: [] });
  });
});

/** 5 base groups × 10 criteria of every type, 4 bonus lines, 3 penalties, 3 gates = 60 criteria. */
function syntheticTable(): CriterionDef[] {
  const out: CriterionDef[] = [];
  for (let g = 0; g < 5; g++) {
    out.push(def(`g${g}`, `G${g}`, null, "GROUP", 20));
    const leaf = (j: number, type: CriterionDef["type"], extra = {}) => out.push(def(`g${g}c${j}`, `${g}.${j}`, `g${g}`, type, 2, extra));
    leaf(0, "QUANTITATIVE", { useLeaderFormula: true });
    leaf(1, "QUANTITATIVE");
    leaf(2, "GRADED", { levels: levels(2, 1, 0) });
    leaf(3, "GRADED", { levels: levels(2, 1.5, 1, 0) });
    leaf(4, "YES_NO");
    leaf(5, "YES_NO");
    leaf(6, "COUNT", { pointsPerUnit: 0.5 });
    leaf(7, "COUNT", { pointsPerUnit: 1, cap: 2 });
    leaf(8, "COUNT", { pointsPerUnit: -0.5 });
    leaf(9, "GRADED", { levels: levels(2, 1, 0), allowNA: true });
  }
  out.push(def("bonus", "+", null, "GROUP", 10));
  for (let j = 0; j < 4; j++) out.push(def(`b${j}`, `+${j}`, "bonus", "BONUS", 4, { pointsPerUnit: 1 }));
  out.push(def("pen", "-", null, "GROUP", 0));
  for (let j = 0; j < 3; j++) out.push(def(`p${j}`, `-${j}`, "pen", "PENALTY", 0, { pointsPerUnit: j + 1 }));
  out.push(def("veto", "LT", null, "GROUP", 0));
  for (let j = 0; j < 3; j++) out.push(def(`x${j}`, `LT${j}`, "veto", "GATE", 0));
  return out;
}

function syntheticEntries(i: number, table: CriterionDef[]): EntryInput[] {
  return table
    .filter((c) => c.type !== "GROUP")
    .map((c, j): EntryInput => {
      const k = (i * 7 + j * 3) % 5;
      const base = { criterionId: c.id, isNA: false };
      switch (c.type) {
        case "QUANTITATIVE":
          return { ...base, actual: 8 + k, target: j % 7 === 0 ? 0 : 10 };
        case "GRADED":
          return c.allowNA && k === 0 ? { ...base, isNA: true } : { ...base, value: 1 + (k % c.levels!.length) };
        case "YES_NO":
        case "GATE":
          return { ...base, value: c.type === "GATE" ? Number(i === 5 && j === 59) : Number(k !== 0) };
        default:
          return { ...base, value: k };
      }
    });
}

describe("a synthetic bloc of 12 agencies × 60 criteria", () => {
  const table = syntheticTable();
  const agencies = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`agency-${i}`, syntheticEntries(i, table)]));
  const r = computeBlocResults(table, agencies, { ...WORKED_RULES, bonusCap: 10 });

  test("the table has 60 criteria in 8 groups and is valid", async () => {
    const { validateTable } = await import("./validate-table");
    expect(table.filter((c) => c.type !== "GROUP")).toHaveLength(60);
    expect(validateTable(table, { scale: 100, bonusCap: 10 })).toEqual([]);
  });

  test("every agency gets 60 criterion points, 8 group subtotals, a band and a rounded total", () => {
    expect(r.agencies).toHaveLength(12);
    for (const a of r.agencies) {
      expect(Object.keys(a.criteria)).toHaveLength(60);
      expect(Object.keys(a.groups)).toHaveLength(8);
      expect(a.errors).toEqual([]);
      expect(a.missing).toEqual([]);
      expect(a.band.band).not.toBeNull();
      expect(roundPoints(a.total)).toBe(a.total);
      expect(a.total).toBeCloseTo(a.base + a.bonus - a.penalty, 2);
      expect(a.bonus).toBeLessThanOrEqual(10);
      for (const g of Object.values(a.groups)) if (g.section === "BASE") expect(g.points).toBeLessThanOrEqual(g.max);
    }
  });

  test("the ranking holds every agency once, ordered by total", () => {
    expect(r.ranking).toHaveLength(12);
    expect(new Set(r.ranking.map((x) => x.agencyId)).size).toBe(12);
    const totals = r.ranking.map((x) => r.agencies.find((a) => a.agencyId === x.agencyId)!.total);
    expect(totals).toEqual([...totals].sort((p, q) => q - p));
    expect(r.ranking[0]).toMatchObject({ rank: 1, label: "Nhất" });
  });

  test("the leader-relative criteria give someone the max, and the veto is where it was set", () => {
    const maxima = r.agencies.filter((a) => a.criteria.g0c0.points === 2);
    expect(maxima.length).toBeGreaterThan(0);
    expect(r.agencies.filter((a) => a.vetoed).map((a) => a.agencyId)).toEqual(["agency-5"]);
  });
});

describe("computeBlocResults: deductions outside the table (late submissions)", () => {
  const late = { label: "Trừ điểm nộp muộn (2 ngày)", reason: "Nộp bảng tự chấm điểm muộn 2 ngày", points: 1.5 };
  const bloc = (deductions: Record<string, { label: string; reason: string; points: number }[]>) =>
    computeBlocResults(WORKED_TABLE, { a: sheet(LEADER), b: sheet(LEADER) }, WORKED_RULES, deductions);

  test("taken from the total once, counted as a penalty, listed with its line", () => {
    const { agencies, ranking } = bloc({ a: [late] });
    expect(agencies[0]).toMatchObject({ total: 98.5, penalty: 1.5, deductions: [late] });
    expect(agencies[1]).toMatchObject({ total: 100, penalty: 0, deductions: [] });
    expect(ranking.map((r) => r.agencyId)).toEqual(["b", "a"]);
  });

  test("a zero deduction (waived) is no line and changes nothing", () => {
    const a = bloc({ a: [{ ...late, points: 0 }] }).agencies[0];
    expect(a).toMatchObject({ total: 100, penalty: 0, deductions: [] });
  });

  test("two steps late add up; the band follows the lowered total", () => {
    const a = bloc({ a: [late, { ...late, points: 9 }] }).agencies[0];
    expect(a.total).toBe(89.5);
    expect(a.band.band?.key).not.toBe("XUAT_SAC");
  });
});
