import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteCriterion } from "@/lib/server/criteria/delete-criterion";
import { saveCriterion } from "@/lib/server/criteria/save-criterion";
import { CriterionInputSchema } from "@/lib/schemas/criteria";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, makeTable, ROLE_OUTCOMES, snapshotTables, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const input = (fields: Record<string, unknown>) => CriterionInputSchema.parse({ name: "Tiêu chí mới", type: "YES_NO", maxPoints: "10", ...fields });

describe("saveCriterion", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users[who]);
    const p = saveCriterion(input({ tableId: t.table.id, criterionId: t.c12.id, parentId: t.g1.id, code: "1.2", maxPoints: "15" }));
    if (outcome === "ok") await expect(p).resolves.toEqual({ kind: "SAVED", criterionId: t.c12.id });
    else await expectRefused(p, outcome);
  });

  it("edits a node, replaces its levels and audits before and after", async () => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users.SECRETARY);
    const levels = [
      { label: "Xuất sắc", points: "35", descriptor: "Vượt kế hoạch" },
      { label: "Đạt", points: "20" },
    ];
    await saveCriterion(
      input({ tableId: t.table.id, criterionId: t.c11.id, parentId: t.g1.id, code: "1.1", type: "GRADED", maxPoints: "35", evidenceRequired: "on", levels }),
    );
    const c = await w.db.criterion.findUniqueOrThrow({ where: { id: t.c11.id }, include: { levels: { orderBy: { order: "asc" } } } });
    expect([c.maxPoints.toNumber(), c.evidenceRequired]).toEqual([35, true]);
    expect(c.levels.map((l) => [l.order, l.label, l.points.toNumber(), l.descriptor])).toEqual([
      [1, "Xuất sắc", 35, "Vượt kế hoạch"],
      [2, "Đạt", 20, null],
    ]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "Criterion", entityId: t.c11.id } });
    expect(audit).toMatchObject({ actorId: w.users.SECRETARY, action: "criterion.update", before: { maxPoints: 40 }, after: { maxPoints: 35 } });
  });

  it("adds a node under a group", async () => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users.CHAIR);
    const r = await saveCriterion(input({ tableId: t.table.id, parentId: t.g1.id, code: "1.3", maxPoints: "0" }));
    expect(r.kind).toBe("SAVED");
    await expect(w.db.auditLog.count({ where: { action: "criterion.create", entity: "Criterion" } })).resolves.toBe(1);
  });

  it("refuses a change that breaks the table, names the node, and writes nothing", async () => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users.SECRETARY);
    const before = await snapshotTables(w);
    // 1.1 (40) + 1.2 (30) > group I (60)
    const e = await expectRefused(
      saveCriterion(input({ tableId: t.table.id, criterionId: t.c12.id, parentId: t.g1.id, code: "1.2", maxPoints: "30" })),
      "INVALID_INPUT",
      /Nhóm I/,
    );
    expect(e.fieldErrors?.[`node:${t.g1.id}`]?.[0]).toMatch(/vượt điểm tối đa của nhóm/);
    await expectRefused(saveCriterion(input({ tableId: t.table.id, parentId: t.c11.id, code: "9" })), "INVALID_INPUT", /Nhóm cha/);
    await expectRefused(saveCriterion(input({ tableId: t.table.id, parentId: t.g1.id, code: "1.1", maxPoints: "0" })), "INVALID_INPUT", /trùng/);
    await expectRefused(
      saveCriterion(input({ tableId: t.table.id, parentId: t.g1.id, code: "1.4", type: "GRADED", maxPoints: "0" })),
      "INVALID_INPUT",
      /ít nhất một mức/,
    );
    expect(await snapshotTables(w)).toBe(before);
  });

  it("lets a draft be built node by node: an empty group and groups short of the scale are not refusals", async () => {
    const w = await world();
    const table = await w.db.criteriaTable.create({ data: { cycleId: w.cycle.id, version: 1, title: "Mới", scale: 100 } });
    signInAs(w.users.SECRETARY);
    await expect(saveCriterion(input({ tableId: table.id, code: "I", type: "GROUP", maxPoints: "50" }))).resolves.toMatchObject({ kind: "SAVED" });
  });
});

describe("deleteCriterion", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users[who]);
    const p = deleteCriterion({ tableId: t.table.id, criterionId: t.c12.id, changeReason: null });
    if (outcome === "ok") await expect(p).resolves.toEqual({ kind: "DELETED" });
    else await expectRefused(p, outcome);
  });

  it("deletes a group with its subtree and audits what was removed", async () => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users.SECRETARY);
    await deleteCriterion({ tableId: t.table.id, criterionId: t.g2.id, changeReason: null });
    expect((await w.db.criterion.findMany({ where: { tableId: t.table.id } })).map((c) => c.code).sort()).toEqual(["1.1", "1.2", "I"]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "Criterion", entityId: t.g2.id } });
    expect(audit).toMatchObject({ action: "criterion.delete", actorId: w.users.SECRETARY });
    expect((audit.before as { code: string }[]).map((n) => n.code).sort()).toEqual(["2.1", "II"]);
  });

  it("refuses to delete a node that already has score entries, writing nothing", async () => {
    const w = await world();
    const t = await makeTable(w);
    const sheet = await w.db.scoreSheet.create({ data: { cycleId: w.cycle.id, tableId: t.table.id, agencyId: w.own.id } });
    await w.db.scoreEntry.create({ data: { sheetId: sheet.id, criterionId: t.c21.id, minPoints: 0, maxPoints: 40 } });
    signInAs(w.users.SECRETARY);
    const before = await snapshotTables(w);
    await expectRefused(deleteCriterion({ tableId: t.table.id, criterionId: t.g2.id, changeReason: null }), "CONFLICT", /phiên bản mới/);
    expect(await snapshotTables(w)).toBe(before);
  });

  it("refuses an unknown node of another table, writing nothing", async () => {
    const w = await world();
    const t = await makeTable(w);
    const other = await makeTable(w, { cycleId: w.lastCycle.id });
    signInAs(w.users.SECRETARY);
    const before = await snapshotTables(w);
    await expectRefused(deleteCriterion({ tableId: t.table.id, criterionId: other.c11.id, changeReason: null }), "NOT_FOUND");
    expect(await snapshotTables(w)).toBe(before);
  });
});
