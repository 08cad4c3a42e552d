import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTableVersion } from "@/lib/server/criteria/create-table-version";
import { deleteCriterion } from "@/lib/server/criteria/delete-criterion";
import { lockTable } from "@/lib/server/criteria/lock-table";
import { saveCriterion } from "@/lib/server/criteria/save-criterion";
import { CriterionInputSchema } from "@/lib/schemas/criteria";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, makeTable, ROLE_OUTCOMES, snapshotTables, world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const REASON = "Điều chỉnh theo hướng dẫn mới của Ban Thi đua";
const edit12 = (tableId: string, t: Awaited<ReturnType<typeof makeTable>>, maxPoints: string, changeReason?: string) =>
  CriterionInputSchema.parse({ tableId, criterionId: t.c12.id, parentId: t.g1.id, code: "1.2", name: "Tiêu chí 1.2", type: "YES_NO", maxPoints, changeReason });

async function sheetFor(w: World, tableId: string, agencyId: string) {
  return w.db.scoreSheet.create({ data: { cycleId: w.cycle.id, tableId, agencyId } });
}

describe("lockTable", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users[who]);
    if (outcome === "ok") await expect(lockTable({ tableId: t.table.id })).resolves.toBeUndefined();
    else await expectRefused(lockTable({ tableId: t.table.id }), outcome);
  });

  it("locks a complete draft with lockedAt and an audit row; a second lock is a conflict", async () => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users.SECRETARY);
    await lockTable({ tableId: t.table.id });
    const row = await w.db.criteriaTable.findUniqueOrThrow({ where: { id: t.table.id } });
    expect(row.status).toBe("LOCKED");
    expect(row.lockedAt).toBeInstanceOf(Date);
    await expect(w.db.auditLog.findFirst({ where: { entity: "CriteriaTable", action: "criteria-table.lock" } })).resolves.toMatchObject({
      before: { status: "DRAFT" },
      after: { status: "LOCKED" },
    });
    await expectRefused(lockTable({ tableId: t.table.id }), "CONFLICT");
  });

  it("refuses to lock an unfinished table, writing nothing", async () => {
    const w = await world();
    const t = await makeTable(w);
    await w.db.criterion.delete({ where: { id: t.g2.id } });
    signInAs(w.users.CHAIR);
    const before = await snapshotTables(w);
    await expectRefused(lockTable({ tableId: t.table.id }), "INVALID_INPUT", /thang điểm/);
    expect(await snapshotTables(w)).toBe(before);
  });
});

describe("changes after the lock make a new version", () => {
  beforeEach(() => signInAs(null));

  it.each(ROLE_OUTCOMES)("createTableVersion: %s → %s", async (who, outcome) => {
    const w = await world();
    const t = await makeTable(w, { status: "LOCKED" });
    signInAs(w.users[who]);
    const p = createTableVersion({ tableId: t.table.id, changeReason: REASON, change: { kind: "DELETE", criterionId: t.c12.id } });
    if (outcome === "ok") await expect(p).resolves.toMatchObject({ version: 2 });
    else await expectRefused(p, outcome);
  });

  it("a save on a locked table creates version 2, supersedes version 1, copies nodes and levels, notifies and audits", async () => {
    const w = await world();
    const t = await makeTable(w, { status: "LOCKED" });
    await sheetFor(w, t.table.id, w.own.id);
    signInAs(w.users.SECRETARY);
    // 1.1 (40) + 1.2 (20) = group I: lowering 1.2 keeps the table valid.
    const r = await saveCriterion(edit12(t.table.id, t, "15", REASON));
    expect(r).toMatchObject({ kind: "NEW_VERSION", version: 2 });
    const v1 = await w.db.criteriaTable.findUniqueOrThrow({ where: { id: t.table.id } });
    const v2 = await w.db.criteriaTable.findFirstOrThrow({ where: { cycleId: w.cycle.id, version: 2 }, include: { criteria: { include: { levels: true } } } });
    expect([v1.status, v2.status, v2.previousId, v2.changeReason]).toEqual(["SUPERSEDED", "LOCKED", v1.id, REASON]);
    expect(v2.lockedAt).toBeInstanceOf(Date);
    const byCode = new Map(v2.criteria.map((c) => [c.code, c]));
    expect(byCode.get("1.2")!.maxPoints.toNumber()).toBe(15);
    expect(byCode.get("1.1")!.levels).toHaveLength(2);
    expect(byCode.get("1.1")!.id).not.toBe(t.c11.id);
    // Version 1 is untouched.
    await expect(w.db.criterion.findUniqueOrThrow({ where: { id: t.c12.id } })).resolves.toMatchObject({ tableId: t.table.id });
    expect((await w.db.criterion.findUniqueOrThrow({ where: { id: t.c12.id } })).maxPoints.toNumber()).toBe(20);
    // The leader and officer of the agency with a sheet are told; the agency without a sheet is not.
    const notes = await w.db.notification.findMany();
    expect(notes.map((n) => n.userId).sort()).toEqual([w.users.AGENCY_LEADER, w.users.AGENCY_OFFICER].sort());
    expect(notes[0]!.message).toBe(`Bảng tiêu chí năm ${YEAR} đã được điều chỉnh (phiên bản 2): ${REASON}`);
    expect(notes.map((n) => n.kind)).toEqual(["CRITERIA_CHANGED", "CRITERIA_CHANGED"]);
    const audits = await w.db.auditLog.findMany({ where: { blocId: w.blocA.id }, orderBy: { entity: "asc" } });
    expect(audits.map((a) => [a.entity, a.action, a.actorId, a.reason])).toEqual([
      ["CriteriaTable", "criteria-table.version", w.users.SECRETARY, REASON],
      ["Criterion", "criterion.update", w.users.SECRETARY, REASON],
      // The agency's sheet moved to version 2 (no entries: nothing dropped or re-scored).
      ["ScoreSheet", "score-sheet.revalidate", w.users.SECRETARY, REASON],
    ]);
    await expect(w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.own.id } })).resolves.toMatchObject({ tableId: v2.id });
  });

  it("locks by itself once self-scoring has opened: a delete then needs a reason and makes a version", async () => {
    const w = await world({ selfScoringOpen: true });
    const t = await makeTable(w);
    signInAs(w.users.CHAIR);
    const before = await snapshotTables(w);
    await expectRefused(deleteCriterion({ tableId: t.table.id, criterionId: t.c12.id, changeReason: "ngắn" }), "INVALID_INPUT", /ít nhất 10 ký tự/);
    expect(await snapshotTables(w)).toBe(before);
    // Deleting 1.2 leaves group I at 40 of 60: still valid (children may sum below the group).
    await expect(deleteCriterion({ tableId: t.table.id, criterionId: t.c12.id, changeReason: REASON })).resolves.toMatchObject({
      kind: "NEW_VERSION",
      version: 2,
    });
    await expect(w.db.notification.count()).resolves.toBe(0);
  });

  it("refuses an invalid version, a superseded version and a draft, writing nothing", async () => {
    const w = await world();
    const locked = await makeTable(w, { status: "LOCKED" });
    signInAs(w.users.SECRETARY);
    const before = await snapshotTables(w);
    await expectRefused(saveCriterion(edit12(locked.table.id, locked, "25", REASON)), "INVALID_INPUT", /vượt điểm tối đa/);
    expect(await snapshotTables(w)).toBe(before);
    await saveCriterion(edit12(locked.table.id, locked, "10", REASON));
    await expectRefused(saveCriterion(edit12(locked.table.id, locked, "5", REASON)), "CONFLICT", /đã được thay thế/);
    const draft = await makeTable(w, { cycleId: w.lastCycle.id });
    await expectRefused(
      createTableVersion({ tableId: draft.table.id, changeReason: REASON, change: { kind: "DELETE", criterionId: draft.c12.id } }),
      "CONFLICT",
      /dự thảo/,
    );
  });
});
