import { describe, expect, it } from "vitest";
import { oneQueryAtATimeInTransactions } from "./serial-transactions";

/** A fake adapter whose queries take a few milliseconds and record how many ran at once. */
function fakeFactory() {
  const seen = { running: 0, most: 0, order: [] as string[] };
  const run = async (sql: string) => {
    seen.running++;
    seen.most = Math.max(seen.most, seen.running);
    await new Promise((r) => setTimeout(r, sql === "slow" ? 20 : 2));
    seen.running--;
    seen.order.push(sql);
    if (sql === "bad") throw new Error("refused");
    return sql;
  };
  const queryable = { queryRaw: (q: { sql: string }) => run(q.sql), executeRaw: (q: { sql: string }) => run(q.sql) };
  const factory = {
    provider: "postgres",
    adapterName: "fake",
    connect: async () => ({
      ...queryable,
      provider: "postgres",
      startTransaction: async () => ({ ...queryable, options: { usePhantomQuery: false }, commit: async () => run("commit") }),
    }),
  };
  return { factory, seen };
}

describe("oneQueryAtATimeInTransactions", () => {
  it("runs a transaction's queries one at a time, in the order they were sent", async () => {
    const { factory, seen } = fakeFactory();
    const tx = await (await oneQueryAtATimeInTransactions(factory).connect()).startTransaction();
    const results = await Promise.all([tx.queryRaw({ sql: "slow" }), tx.queryRaw({ sql: "a" }), tx.executeRaw({ sql: "b" })]);
    expect(results).toEqual(["slow", "a", "b"]);
    expect(seen).toMatchObject({ most: 1, order: ["slow", "a", "b"] });
  });

  it("goes on after a failed query, which still fails for its caller", async () => {
    const { factory } = fakeFactory();
    const tx = await (await oneQueryAtATimeInTransactions(factory).connect()).startTransaction();
    const [bad, next] = await Promise.allSettled([tx.queryRaw({ sql: "bad" }), tx.queryRaw({ sql: "a" })]);
    expect(bad).toMatchObject({ status: "rejected", reason: new Error("refused") });
    expect(next).toEqual({ status: "fulfilled", value: "a" });
  });

  it("keeps everything else: the adapter's fields and methods, the transaction's options and commit, queries outside it", async () => {
    const { factory, seen } = fakeFactory();
    const wrapped = oneQueryAtATimeInTransactions(factory);
    expect([wrapped.provider, wrapped.adapterName]).toEqual(["postgres", "fake"]);
    const adapter = await wrapped.connect();
    await Promise.all([adapter.queryRaw({ sql: "slow" }), adapter.queryRaw({ sql: "a" })]);
    expect(seen.most).toBe(2); // the pool's queries are not serialised
    const tx = await adapter.startTransaction();
    expect(tx.options).toEqual({ usePhantomQuery: false });
    await tx.commit();
    expect(seen.order.at(-1)).toBe("commit");
  });
});
