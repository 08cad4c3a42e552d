import { describe, expect, it } from "vitest";
import { toCriterionDefs, type CriterionNode } from "@/lib/domain/criteria-table";
import { WORKED_TABLE } from "@/lib/domain/scoring/fixtures";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import {
  CENTRAL,
  CITY,
  criteriaDefs,
  criteriaTableTitle,
  PROVINCE,
  seedCriteriaTables,
  upsertWorkedTable,
  workedCriteria,
} from "../../../prisma/seed/criteria";
import { makeBloc, makeCycle } from "../../factories";
import { testDb } from "../setup/db";

/** The finished cycles seedCriteriaTables gives a table to (KT-CQD 2023 and 2024), and a Cần Thơ cycle (live years: live-demo.test.ts). */
async function seededBlocs() {
  const db = testDb();
  const ct = await makeBloc(db, { code: "CT-CQD" });
  const kt = await makeBloc(db, { code: "KT-CQD" });
  return {
    db,
    ct2026: await makeCycle(db, { blocId: ct.id, year: 2026 }),
    kt2023: await makeCycle(db, { blocId: kt.id, year: 2023 }),
    kt2024: await makeCycle(db, { blocId: kt.id, year: 2024 }),
  };
}

const n = (v: unknown) => (v === null ? null : Number(v));

async function nodesOf(tableId: string): Promise<CriterionNode[]> {
  const rows = await testDb().criterion.findMany({ where: { tableId }, include: { levels: { orderBy: { order: "asc" } } } });
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    code: r.code,
    name: r.name,
    type: r.type,
    order: r.order,
    maxPoints: Number(r.maxPoints),
    minPoints: Number(r.minPoints),
    guidance: r.guidance,
    evidenceRequired: r.evidenceRequired,
    floorPct: n(r.floorPct),
    allowNA: r.allowNA,
    useLeaderFormula: r.useLeaderFormula,
    pointsPerUnit: n(r.pointsPerUnit),
    cap: n(r.cap),
    levels: r.levels.map((l) => ({ order: l.order, label: l.label, points: Number(l.points), descriptor: l.descriptor })),
  }));
}

/** A table's structure by code, ids replaced by codes: comparable with the engine's fixture. */
function shape(defs: ReturnType<typeof toCriterionDefs>) {
  const codeOf = new Map(defs.map((d) => [d.id, d.code]));
  return Object.fromEntries(
    defs.map((d) => [
      d.code,
      {
        parent: d.parentId === null ? null : codeOf.get(d.parentId),
        type: d.type,
        maxPoints: d.maxPoints,
        floorPct: d.floorPct ?? null,
        allowNA: d.allowNA,
        useLeaderFormula: d.useLeaderFormula,
        pointsPerUnit: d.pointsPerUnit ?? null,
        cap: d.cap ?? null,
        levels: (d.levels ?? []).map((l) => [l.order, l.points]),
      },
    ]),
  );
}

describe("seed: illustrative criteria table (docs/domain/scoring.md#worked-example)", () => {
  it("the definition passes the engine's validateTable and has the structure of the worked example", () => {
    for (const place of [PROVINCE, CITY, CENTRAL]) {
      const defs = criteriaDefs(workedCriteria(place));
      expect(validateTable(defs, { scale: 100, bonusCap: 10 })).toEqual([]);
      expect(shape(defs)).toEqual(shape(WORKED_TABLE));
    }
  });

  it("seeds a locked version 1 for each listed cycle that validates, idempotently", async () => {
    const { db, ct2026, kt2023, kt2024 } = await seededBlocs();
    await db.$transaction((tx) => seedCriteriaTables(tx));
    expect(await db.criteriaTable.count({ where: { cycleId: ct2026.id } })).toBe(0);
    await db.$transaction((tx) => upsertWorkedTable(tx, "CT-CQD", 2026, CITY));
    const tables = await db.criteriaTable.findMany({ orderBy: { title: "asc" } });
    expect(tables.map((t) => [t.cycleId, t.version, t.status, t.title, Number(t.scale), Number(t.bonusCap)]).sort()).toEqual(
      [
        [ct2026.id, 1, "LOCKED", "Bảng tiêu chí chấm điểm thi đua năm 2026 (minh họa)", 100, 10],
        [kt2023.id, 1, "LOCKED", "Bảng tiêu chí chấm điểm thi đua năm 2023 (minh họa)", 100, 10],
        [kt2024.id, 1, "LOCKED", "Bảng tiêu chí chấm điểm thi đua năm 2024 (minh họa)", 100, 10],
      ].sort(),
    );
    for (const t of tables) {
      expect(t.lockedAt).not.toBeNull();
      const nodes = await nodesOf(t.id);
      expect(validateTable(toCriterionDefs(nodes), { scale: Number(t.scale), bonusCap: Number(t.bonusCap) })).toEqual([]);
      expect(shape(toCriterionDefs(nodes))).toEqual(shape(WORKED_TABLE));
      const byCode = new Map(nodes.map((c) => [c.code, c]));
      expect(byCode.get("1")).toMatchObject({ useLeaderFormula: true, floorPct: 50, evidenceRequired: true });
      expect(byCode.get("LT")!.name).toBe("Điều kiện loại trừ");
      expect(
        nodes
          .filter((c) => c.evidenceRequired)
          .map((c) => c.code)
          .sort(),
      ).toEqual(["1", "18", "2", "5"]);
      expect(nodes.filter((c) => c.type === "GRADED").every((c) => c.levels.every((l) => l.label.length > 0 && !!l.descriptor))).toBe(true);
    }
    // Cần Thơ is a city: its table names the Thành ủy.
    const ctNodes = await nodesOf(tables.find((t) => t.cycleId === ct2026.id)!.id);
    expect(ctNodes.find((c) => c.code === "2")!.name).toContain("Thành ủy");
    expect(await db.scoreSheet.count()).toBe(0);

    const counts = async () => [await db.criteriaTable.count(), await db.criterion.count(), await db.criterionLevel.count()];
    const before = { counts: await counts(), ids: (await db.criterion.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id), tables };
    await db.$transaction((tx) => seedCriteriaTables(tx));
    await db.$transaction((tx) => upsertWorkedTable(tx, "CT-CQD", 2026, CITY));
    expect(await counts()).toEqual(before.counts);
    expect((await db.criterion.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id)).toEqual(before.ids);
    expect(await db.criteriaTable.findMany({ orderBy: { title: "asc" } })).toEqual(before.tables);
  });

  it("leaves a version 1 the app created alone", async () => {
    const { db, ct2026 } = await seededBlocs();
    const own = await db.criteriaTable.create({ data: { cycleId: ct2026.id, version: 1, title: "Bảng tiêu chí của khối", scale: 100 } });
    const id = await db.$transaction((tx) => upsertWorkedTable(tx, "CT-CQD", 2026, { committee: "Thành ủy", level: "thành phố" }));
    expect(id).toBeNull();
    expect(await db.criteriaTable.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ title: "Bảng tiêu chí của khối", status: "DRAFT" });
    expect(await db.criterion.count()).toBe(0);
    expect(criteriaTableTitle(2026)).toBe("Bảng tiêu chí chấm điểm thi đua năm 2026 (minh họa)");
  });

  it("words the central bloc's table for the central agencies", () => {
    const names = new Map(workedCriteria(CENTRAL).map((c) => [c.code, c.name]));
    expect(names.get("2")).toContain("Bộ Chính trị, Ban Bí thư");
    expect(names.get("+2b")).toContain("Bằng khen cấp bộ, ban, ngành Trung ương");
    expect([...names.values()].some((n) => n.includes("Tỉnh ủy") || n.includes("Ủy ban nhân dân"))).toBe(false);
  });

  it("a live year's table is locked when created, then its status and lock time are the app's", async () => {
    const { db, ct2026 } = await seededBlocs();
    const lockedAt = new Date("2026-11-15T10:00:00Z");
    const id = (await db.$transaction((tx) => upsertWorkedTable(tx, "CT-CQD", 2026, CITY, { lockedAt })))!;
    expect(await db.criteriaTable.findUniqueOrThrow({ where: { id } })).toMatchObject({ cycleId: ct2026.id, status: "LOCKED", lockedAt });
    await db.criteriaTable.update({ where: { id }, data: { status: "SUPERSEDED" } });
    await db.$transaction((tx) => upsertWorkedTable(tx, "CT-CQD", 2026, CITY, { lockedAt: new Date("2026-12-20T10:00:00Z") }));
    expect(await db.criteriaTable.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUPERSEDED", lockedAt });
  });
});
