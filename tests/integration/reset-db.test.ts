import { describe, expect, it, vi } from "vitest";
import { PublishResultsInputSchema } from "@/lib/schemas/publication";
import { publishResults } from "@/lib/server/publication/publish-results";
import { entryOf, world, YEAR } from "./publication/world";
import { signInAs } from "./setup/current-user-stub";
import { childrenFirst, resetDb, testDb } from "./setup/db";

vi.mock("@/lib/server/auth/current-user", () => import("./setup/current-user-stub"));

/** Rows per app table (and the migration history), read from the catalog's list of tables. */
async function rowCounts(): Promise<Record<string, number>> {
  const db = testDb();
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "public"."${name.replaceAll('"', '""')}"`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

// Every integration test starts from resetDb() (setup/reset-db.ts): it must leave nothing behind.
describe("resetDb", () => {
  it("empties every table, published results and self-references included, keeping the migration history", async () => {
    // Scored sheets, a decided objection and a published (immutable) result: rows in most tables.
    const w = await world();
    const o = await w.db.objection.create({ data: { entryId: entryOf(w, "bdv", "II.1").id, agencyId: w.bdv.id, reason: "x" } });
    await w.db.objection.update({ where: { id: o.id }, data: { status: "REJECTED", decisionReason: "y", decidedAt: new Date() } });
    signInAs(w.users.CHAIR);
    await publishResults(PublishResultsInputSchema.parse({ blocId: w.blocA.id, year: String(YEAR), expectedVersion: "0" }));
    const before = await rowCounts();
    const filled = Object.keys(before).filter((t) => t !== "_prisma_migrations" && before[t]! > 0);
    expect(filled).toEqual(expect.arrayContaining(["Agency", "AuditLog", "Criterion", "Objection", "ResultPublication", "ScoreEntry", "ScoreSheet", "User"]));
    expect(filled.length).toBeGreaterThan(15);

    await resetDb();

    const after = await rowCounts();
    const { _prisma_migrations: migrations, ...app } = after;
    expect(Object.entries(app).filter(([, n]) => n > 0)).toEqual([]);
    expect(migrations).toBe(before._prisma_migrations);
    expect(migrations).toBeGreaterThan(0);
  });

  it("orders tables after every table that references them, and finds no order in a cycle", () => {
    const refs = [
      { child: "Sheet", parent: "Agency" },
      { child: "Entry", parent: "Sheet" },
      { child: "Entry", parent: "Agency" },
    ];
    expect(childrenFirst(["Agency", "Entry", "Sheet", "Alone"], refs)).toEqual(["Entry", "Alone", "Sheet", "Agency"]);
    expect(
      childrenFirst(
        ["A", "B"],
        [
          { child: "A", parent: "B" },
          { child: "B", parent: "A" },
        ],
      ),
    ).toBeNull();
  });
});
