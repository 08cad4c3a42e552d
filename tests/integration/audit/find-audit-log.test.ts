import { beforeEach, describe, expect, it, vi } from "vitest";
import { AUDIT_PAGE_SIZE, findAuditLog } from "@/lib/server/cycles/find-audit-log";
import { makeUser } from "../../factories";
import { expectRefused, world, type Who, type World } from "../calendar/world";
import { signInAs } from "../setup/current-user-stub";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// Counts the Prisma operations server code runs, to show the reader's cost does not grow with the page.
const counter = vi.hoisted(() => ({ operations: 0 }));
vi.mock("@/lib/server/db", async () => {
  const { getDb } = await import("@/lib/db/client");
  const countModel = (model: object) =>
    new Proxy(model, {
      get(target, op) {
        const f = Reflect.get(target, op);
        return typeof f === "function" ? (...args: unknown[]) => ((counter.operations += 1), f.apply(target, args)) : f;
      },
    });
  return {
    db: () =>
      new Proxy(getDb(), {
        get(target, prop) {
          const v = Reflect.get(target, prop);
          return typeof prop === "string" && !prop.startsWith("$") && v && typeof v === "object" ? countModel(v) : v;
        },
      }),
  };
});

/** n audit rows on bloc A, one second apart (the last is newest), each by its own user. */
async function entries(w: World, n: number, entity = "Membership") {
  const start = Date.UTC(2026, 2, 1, 1, 0, 0);
  for (let i = 0; i < n; i++) {
    const actor = await makeUser(w.db, { name: `Người ${i + 1}` });
    await w.db.auditLog.create({
      data: {
        at: new Date(start + i * 1000),
        actorId: actor.id,
        action: "membership.update",
        entity,
        entityId: `m${i + 1}`,
        blocId: w.blocA.id,
        before: { note: `cũ ${i + 1}` },
        after: { note: `mới ${i + 1}` },
      },
    });
  }
}

const OUTCOMES: [Who, "ok" | "NOT_FOUND"][] = [
  ["CHAIR", "ok"],
  ["ADMIN", "ok"],
  ["SECRETARY", "NOT_FOUND"],
  ["OBSERVER", "NOT_FOUND"],
  ["AGENCY_LEADER", "NOT_FOUND"],
  ["AGENCY_OFFICER", "NOT_FOUND"],
  ["OTHER_CHAIR", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("findAuditLog", () => {
  beforeEach(() => signInAs(null));

  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    await entries(w, 2);
    signInAs(w.users[who]);
    if (outcome === "ok") expect((await findAuditLog(w.blocA.id)).total).toBe(2);
    else await expectRefused(findAuditLog(w.blocA.id), outcome);
  });

  it("lists newest first with who, when, what and the changed keys", async () => {
    const w = await world();
    await entries(w, 3);
    await w.db.auditLog.create({ data: { actorId: null, action: "x", entity: "Bloc", entityId: "b", blocId: w.blocB.id } });
    signInAs(w.users.CHAIR);
    const log = await findAuditLog(w.blocA.id);
    expect(log.entries.map((e) => e.actorName)).toEqual(["Người 3", "Người 2", "Người 1"]);
    expect(log.entries[0]).toMatchObject({
      at: new Date(Date.UTC(2026, 2, 1, 1, 0, 2)),
      action: "membership.update",
      entity: "Membership",
      changes: [{ path: "note", kind: "CHANGED", before: "cũ 3", after: "mới 3" }],
    });
    expect(log.entities).toEqual(["Membership"]);
  });

  it("filters by entity type, and lists the types the bloc's log holds", async () => {
    const w = await world();
    await entries(w, 2, "Membership");
    await entries(w, 1, "Cycle");
    signInAs(w.users.ADMIN);
    const log = await findAuditLog(w.blocA.id, { entity: "Cycle" });
    expect(log.entries.map((e) => e.entity)).toEqual(["Cycle"]);
    expect(log).toMatchObject({ total: 1, entity: "Cycle", entities: ["Cycle", "Membership"] });
  });

  it("filters by who and by Vietnam days (both included), and lists the people who wrote, in Vietnamese order", async () => {
    const w = await world();
    await entries(w, 3); // 01/03/2026 08:00:00–08:00:02 in Vietnam, by Người 1…3
    await w.db.auditLog.create({
      data: { at: new Date(Date.UTC(2026, 2, 1, 17, 30)), action: "x", entity: "Membership", entityId: "late", blocId: w.blocA.id }, // 02/03 00:30 in Vietnam
    });
    signInAs(w.users.CHAIR);
    const all = await findAuditLog(w.blocA.id);
    expect(all.actors.map((a) => a.name)).toEqual(["Người 1", "Người 2", "Người 3"]);
    const second = all.actors[1]!;
    expect((await findAuditLog(w.blocA.id, { actorId: second.id })).entries.map((e) => e.actorName)).toEqual(["Người 2"]);
    expect((await findAuditLog(w.blocA.id, { from: "2026-03-01", to: "01/03/2026" })).total).toBe(3);
    expect((await findAuditLog(w.blocA.id, { from: "2026-03-02" })).entries.map((e) => e.entityId)).toEqual(["late"]);
    // A day that is not a day is left out of the filter, not an error.
    expect(await findAuditLog(w.blocA.id, { from: "mùng 1", to: "2026-13-45" })).toMatchObject({ total: 4, from: null, to: null });
  });

  it("leaves ids and an entry's bookkeeping out of what changed", async () => {
    const w = await world();
    await w.db.auditLog.create({
      data: {
        action: "score-entry.update",
        entity: "ScoreEntry",
        entityId: "e1",
        blocId: w.blocA.id,
        before: { selfPoints: "5", agencyId: "a1" },
        after: { selfPoints: 3, agencyId: "a1", criterionId: "c1", sheetVersion: 2, minPoints: 0, maxPoints: 5, criterionCode: "1.1" },
      },
    });
    signInAs(w.users.CHAIR);
    const [entry] = (await findAuditLog(w.blocA.id)).entries;
    expect(entry!.changes.map((c) => c.path)).toEqual(["selfPoints", "criterionCode"]);
  });

  it("pages by 50 without overlap, and clamps a page past the end", async () => {
    const w = await world();
    await entries(w, 120);
    signInAs(w.users.CHAIR);
    const pages = await Promise.all([1, 2, 3].map((page) => findAuditLog(w.blocA.id, { page })));
    expect(pages.map((p) => p.entries.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 20]);
    expect(new Set(pages.flatMap((p) => p.entries.map((e) => e.id))).size).toBe(120);
    expect(pages[2]!.entries.at(-1)!.actorName).toBe("Người 1");
    expect(await findAuditLog(w.blocA.id, { page: 99 })).toMatchObject({ page: 3, pageCount: 3 });
    expect(await findAuditLog(w.blocA.id, { page: Number.NaN })).toMatchObject({ page: 1 });
  }, 120_000);

  it("runs the same number of queries for 2 entries as for 50 by 50 different users", async () => {
    const w = await world();
    await entries(w, 2);
    signInAs(w.users.CHAIR);
    counter.operations = 0;
    await findAuditLog(w.blocA.id);
    const small = counter.operations;
    await entries(w, 48);
    counter.operations = 0;
    const log = await findAuditLog(w.blocA.id);
    expect(log.entries).toHaveLength(50);
    expect(counter.operations).toBe(small);
    expect(small).toBeGreaterThanOrEqual(3); // the counter does see the reader's queries
    expect(small).toBeLessThanOrEqual(5);
  }, 120_000);
});
