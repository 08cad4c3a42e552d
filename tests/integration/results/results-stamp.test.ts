import fs from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getBlocResults } from "@/lib/server/results/compute-bloc-results";
import { resultsCacheStats } from "@/lib/server/results/results-cache";
import { makeCycle } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * The kept results (lib/server/results/results-cache.ts) are only as right as the stamp the
 * database triggers move (docs/decisions/0050-results-stamp.md): every write below goes around
 * the use cases, straight to the tables, as a write path added later or a fix made in psql would.
 */
async function stampOf(w: World, cycleId = w.cycle.id): Promise<string | null> {
  const row = await w.db.resultsStamp.findUnique({ where: { cycleId } });
  return row?.stamp ?? null;
}

async function ready(blocId: string) {
  const view = await getBlocResults(blocId, YEAR);
  if (view?.status !== "READY") throw new Error(`not ready: ${view?.status}`);
  return view;
}

const totalOf = (view: Awaited<ReturnType<typeof ready>>, agencyId: string) => view.rows.find((r) => r.agencyId === agencyId)?.total;
const entryOf = (w: World, sheet: "btg" | "bdv" | "btc", code: string) => w.sheets[sheet].entries.find((e) => e.criterionId === w.t.ids[code]!.id)!;

describe("getBlocResults keeps a bloc's results until the data changes", () => {
  beforeEach(() => signInAs(null));

  it("shows a score changed straight in the database on the next read", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    expect(totalOf(await ready(w.blocA.id), w.bdv.id)).toBe(83);
    // bdv's II.1 from level 2 (34 points) to level 1 (40), written around every use case.
    await w.db.scoreEntry.update({ where: { id: entryOf(w, "bdv", "II.1").id }, data: { selfInput: 1 } });
    expect(totalOf(await ready(w.blocA.id), w.bdv.id)).toBe(89);
  });

  it("serves a second read with nothing changed from the kept view, frozen", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const first = await ready(w.blocA.id);
    const before = resultsCacheStats();
    const second = await ready(w.blocA.id);
    expect(second).toBe(first);
    expect(resultsCacheStats().hits).toBe(before.hits + 1);
    expect(() => (second.rows as unknown[]).push({})).toThrow(TypeError);
    expect(() => Object.assign(second.rows[0]!, { total: 0 })).toThrow(TypeError);
  });

  it("keeps the agency user's own-row filter on a kept view", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await ready(w.blocA.id);
    signInAs(w.users.AGENCY_LEADER);
    const own = await ready(w.blocA.id);
    expect(own.scope).toBe("OWN");
    expect(own.rows.map((r) => r.agencyId)).toEqual([w.btg.id]);
  });
});

describe("the results stamp moves with every write the results read", () => {
  const writes: [string, (w: World) => Promise<unknown>][] = [
    ["a score entry changed", (w) => w.db.scoreEntry.update({ where: { id: entryOf(w, "btg", "III").id }, data: { selfInput: 3 } })],
    ["a score entry deleted", (w) => w.db.scoreEntry.delete({ where: { id: entryOf(w, "btg", "III").id } })],
    ["a score entry added", (w) => w.db.scoreEntry.create({ data: { sheetId: w.sheets.btg.id, criterionId: w.t.ids["I"]!.id, minPoints: 0, maxPoints: 60 } })],
    ["a sheet returned", (w) => w.db.scoreSheet.update({ where: { id: w.sheets.btc.id }, data: { status: "RETURNED" } })],
    ["a criterion renamed", (w) => w.db.criterion.update({ where: { id: w.t.ids["I.1"]!.id }, data: { name: "Tiêu chí khác" } })],
    ["a level's points changed", (w) => w.db.criterionLevel.updateMany({ where: { criterionId: w.t.ids["II.1"]!.id, order: 2 }, data: { points: 30 } })],
    ["the table's scale changed", (w) => w.db.criteriaTable.update({ where: { id: w.t.table.id }, data: { scale: 10 } })],
    ["the year's rules changed", (w) => w.db.cycle.update({ where: { id: w.cycle.id }, data: { rules: { rounding: 1 } } })],
    ["a member left", (w) => w.db.membership.deleteMany({ where: { blocId: w.blocA.id, agencyId: w.bnc.id, year: YEAR } })],
    ["a member joined", (w) => w.db.membership.create({ data: { blocId: w.blocA.id, agencyId: w.outsider.id, year: YEAR } })],
    ["a member agency renamed", (w) => w.db.agency.update({ where: { id: w.bdv.id }, data: { shortName: "BDV mới" } })],
    [
      "a cross score given",
      (w) =>
        w.db.crossScore.create({
          data: { cycleId: w.cycle.id, scorerAgencyId: w.btg.id, targetAgencyId: w.bdv.id, criterionId: w.t.ids["I.1"]!.id, points: 10 },
        }),
    ],
    [
      "a cross-scoring submitted",
      (w) => w.db.crossScoreSubmission.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.btg.id, targetAgencyId: w.bdv.id } }),
    ],
    [
      "a late submission recorded",
      (w) =>
        w.db.lateSubmission.create({
          data: {
            cycleId: w.cycle.id,
            agencyId: w.btc.id,
            step: "SELF_SCORING",
            submittedOn: new Date("2026-03-03"),
            deadline: new Date("2026-03-01"),
            daysLate: 2,
            points: 1,
          },
        }),
    ],
    [
      "a late deduction waived",
      (w) =>
        w.db.deadlineOverride.create({
          data: { cycleId: w.cycle.id, agencyId: w.btc.id, step: "SELF_SCORING", waived: true, waiverReason: "Lý do khách quan" },
        }),
    ],
  ];

  it.each(writes)("%s", async (_what, write) => {
    const w = await world();
    const before = await stampOf(w);
    expect(before).not.toBeNull();
    await write(w);
    const after = await stampOf(w);
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });

  it("does not move for a write elsewhere: another bloc's year, an agency outside the bloc", async () => {
    const w = await world();
    const before = await stampOf(w);
    await makeCycle(w.db, { blocId: w.blocB.id, year: YEAR });
    await w.db.agency.update({ where: { id: w.outsider.id }, data: { name: "Văn phòng khác" } });
    await w.db.agency.update({ where: { id: w.bdv.id }, data: { establishedOn: new Date("2001-01-01") } });
    expect(await stampOf(w)).toBe(before);
  });

  it("moves once per transaction, at commit, and leaves nothing pending", async () => {
    const w = await world();
    const before = await stampOf(w);
    const seen = await w.db.$transaction(async (tx) => {
      await tx.scoreEntry.update({ where: { id: entryOf(w, "btg", "III").id }, data: { selfInput: 4 } });
      await tx.scoreSheet.update({ where: { id: w.sheets.btg.id }, data: { status: "SUBMITTED" } });
      return (await tx.resultsStamp.findUnique({ where: { cycleId: w.cycle.id } }))?.stamp;
    });
    expect(seen).toBe(before);
    expect(await stampOf(w)).not.toBe(before);
    expect(await w.db.resultsStampPending.count()).toBe(0);
  });

  it("does not move for a write rolled back", async () => {
    const w = await world();
    const before = await stampOf(w);
    await expect(
      w.db.$transaction(async (tx) => {
        await tx.scoreEntry.update({ where: { id: entryOf(w, "btg", "III").id }, data: { selfInput: 4 } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await stampOf(w)).toBe(before);
  });

  it("gives a new cycle a stamp, and removes it with the cycle", async () => {
    const w = await world();
    const cycle = await makeCycle(w.db, { blocId: w.blocB.id, year: YEAR });
    expect(await stampOf(w, cycle.id)).not.toBeNull();
    await w.db.cycle.delete({ where: { id: cycle.id } });
    expect(await stampOf(w, cycle.id)).toBeNull();
  });
});

describe("the results stamp's triggers cover every table the results reader reads", () => {
  // A read added to the reader without its table in the migration's list would keep stale views
  // (docs/decisions/0050-results-stamp.md): this reads both and compares them.
  it("has a results_stamp trigger on each model and SQL table of compute-bloc-results-with.ts", async () => {
    const source = fs.readFileSync("lib/server/results/compute-bloc-results-with.ts", "utf8");
    const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
    const models = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!));
    // Relation fields of every model, by name: `agency Agency`, `levels CriterionLevel[]`…
    const relationTypes = new Map<string, Set<string>>();
    for (const [, field, type] of schema.matchAll(/^\s+(\w+)\s+(\w+)(?:\[\]|\?)?(?:\s|$)/gm)) {
      if (!models.has(type!)) continue;
      relationTypes.set(field!, (relationTypes.get(field!) ?? new Set()).add(type!));
    }
    const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
    const read = new Set<string>([
      ...[...source.matchAll(/client\.(\w+)\./g)].map((m) => pascal(m[1]!)).filter((m) => models.has(m)),
      ...[...source.matchAll(/(?:FROM|JOIN) "(\w+)"/g)].map((m) => m[1]!),
      ...[...source.matchAll(/(\w+):\s*\{/g)].flatMap((m) => [...(relationTypes.get(m[1]!) ?? [])]),
    ]);
    const triggers = await testDb().$queryRawUnsafe<{ table: string }[]>(
      `SELECT DISTINCT c.relname::text AS "table" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE 'results_stamp%'`,
    );
    const covered = new Set(triggers.map((t) => t.table));
    // The scan must find the reads it is meant to guard, or it would pass on nothing.
    expect([...read]).toEqual(expect.arrayContaining(["Cycle", "Membership", "Agency", "Criterion", "CriterionLevel", "ScoreEntry", "CrossScore"]));
    expect([...read].filter((t) => !covered.has(t)).sort()).toEqual([]);
  });
});
