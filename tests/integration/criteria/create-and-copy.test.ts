import { beforeEach, describe, expect, it, vi } from "vitest";
import { copyLastYearTable } from "@/lib/server/criteria/copy-last-year-table";
import { createTable } from "@/lib/server/criteria/create-table";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, makeTable, ROLE_OUTCOMES, snapshotTables, world, YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("createTable", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const p = createTable({ cycleId: w.cycle.id, title: "Bảng tiêu chí", scale: 100, bonusCap: 5 });
    if (outcome === "ok") await expect(p).resolves.toMatchObject({ id: expect.any(String) });
    else await expectRefused(p, outcome);
  });

  it("creates version 1 as a DRAFT with its audit row", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const { id } = await createTable({ cycleId: w.cycle.id, title: "Bảng tiêu chí 2026", scale: 100, bonusCap: null });
    const t = await w.db.criteriaTable.findUniqueOrThrow({ where: { id } });
    expect([t.version, t.status, t.scale.toNumber()]).toEqual([1, "DRAFT", 100]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "CriteriaTable", entityId: id } });
    expect(audit).toMatchObject({ actorId: w.users.CHAIR, action: "criteria-table.create", blocId: w.blocA.id, after: { title: "Bảng tiêu chí 2026" } });
  });

  it("refuses a second table for the year and a zero scale, writing nothing", async () => {
    const w = await world();
    await makeTable(w);
    signInAs(w.users.SECRETARY);
    const before = await snapshotTables(w);
    await expectRefused(createTable({ cycleId: w.cycle.id, title: "x", scale: 100, bonusCap: null }), "CONFLICT");
    await expectRefused(createTable({ cycleId: w.lastCycle.id, title: "x", scale: 0, bonusCap: null }), "INVALID_INPUT", /lớn hơn 0/);
    expect(await snapshotTables(w)).toBe(before);
  });
});

describe("copyLastYearTable", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    await makeTable(w, { cycleId: w.lastCycle.id, status: "LOCKED" });
    signInAs(w.users[who]);
    const p = copyLastYearTable({ cycleId: w.cycle.id });
    if (outcome === "ok") await expect(p).resolves.toMatchObject({ id: expect.any(String) });
    else await expectRefused(p, outcome);
  });

  it("copies the latest version of last year into a new DRAFT with new ids, levels and an audit row", async () => {
    const w = await world();
    const v1 = await makeTable(w, { cycleId: w.lastCycle.id, status: "LOCKED" });
    await w.db.criteriaTable.update({ where: { id: v1.table.id }, data: { status: "SUPERSEDED" } });
    const v2 = await makeTable(w, { cycleId: w.lastCycle.id, status: "LOCKED", version: 2 });
    await w.db.criterion.update({ where: { id: v2.c12.id }, data: { name: "Chỉ có ở phiên bản 2" } });
    signInAs(w.users.SECRETARY);
    const { id } = await copyLastYearTable({ cycleId: w.cycle.id });
    const copy = await w.db.criteriaTable.findUniqueOrThrow({ where: { id }, include: { criteria: { include: { levels: true } } } });
    expect([copy.version, copy.status, copy.cycleId, copy.lockedAt]).toEqual([1, "DRAFT", w.cycle.id, null]);
    expect(copy.criteria.map((c) => c.name)).toContain("Chỉ có ở phiên bản 2");
    const old = new Set([v1, v2].flatMap((v) => [v.g1.id, v.g2.id, v.c11.id, v.c12.id, v.c21.id]));
    expect(copy.criteria.every((c) => !old.has(c.id))).toBe(true);
    const byCode = new Map(copy.criteria.map((c) => [c.code, c]));
    expect(byCode.get("1.1")!.parentId).toBe(byCode.get("I")!.id);
    expect(
      byCode
        .get("1.1")!
        .levels.map((l) => [l.label, l.points.toNumber()])
        .sort(),
    ).toEqual([
      ["Tốt", 40],
      ["Đạt", 30],
    ]);
    await expect(
      w.db.auditLog.count({ where: { entity: "CriteriaTable", entityId: id, action: "criteria-table.copy", actorId: w.users.SECRETARY } }),
    ).resolves.toBe(1);
  });

  it("refuses when last year has no table, or this year already has one, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(copyLastYearTable({ cycleId: w.cycle.id }), "NOT_FOUND", new RegExp(`${YEAR - 1}`));
    await makeTable(w, { cycleId: w.lastCycle.id });
    await makeTable(w);
    const before = await snapshotTables(w);
    await expectRefused(copyLastYearTable({ cycleId: w.cycle.id }), "CONFLICT");
    expect(await snapshotTables(w)).toBe(before);
  });
});
