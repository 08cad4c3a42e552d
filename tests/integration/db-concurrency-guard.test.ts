import pg from "pg";
import { describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { testDb } from "./setup/db";
import { takePgOverlaps } from "./setup/pg-concurrency-guard";

// The guard reset-db.ts installs for every test file (setup/pg-concurrency-guard.ts): a test that
// starts two operations at once on a transaction client, or queues queries on a busy pg
// connection, fails after it. Here each case reads (and so clears) what the guard recorded.
describe("the concurrent-queries guard of the integration tests", () => {
  it("flags operations started together on a transaction client", async () => {
    await testDb().$transaction(async (tx) => {
      await Promise.all([tx.cycle.count(), tx.bloc.count()]);
    });
    expect(takePgOverlaps()).toEqual([expect.stringContaining("bloc.count started on a transaction while cycle.count still ran")]);
  });

  it("flags a helper given the transaction running beside another query", async () => {
    const helper = async (tx: Parameters<Parameters<ReturnType<typeof testDb>["$transaction"]>[0]>[0]) => {
      await tx.cycle.count();
      return tx.bloc.count();
    };
    await testDb().$transaction(async (tx) => {
      await Promise.all([helper(tx), tx.$queryRaw`SELECT 1`]);
    });
    expect(takePgOverlaps()).toContainEqual(expect.stringContaining("$queryRaw started on a transaction while cycle.count still ran"));
  });

  it("lets a transaction's queries run one after the other, and the pool run them together", async () => {
    await testDb().$transaction(async (tx) => {
      await tx.cycle.count();
      await tx.bloc.count();
      await tx.$queryRaw`SELECT 1`;
    });
    await Promise.all([testDb().cycle.count(), testDb().bloc.count(), testDb().agency.count()]);
    expect(takePgOverlaps()).toEqual([]);
  });

  it.skipIf(resolveDatabaseTarget().kind !== "postgres")(
    "flags a query queued behind another waiting one on a pg connection (pg's deprecated queue)",
    async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        await Promise.all([client.query("SELECT pg_sleep(0.05)"), client.query("SELECT 1"), client.query("SELECT 2")]);
      } finally {
        await client.end();
      }
      expect(takePgOverlaps()).toEqual(expect.arrayContaining([expect.stringMatching(/^pg: "SELECT 2" sent while 2 queries were running or queued/)]));
    },
  );
});
