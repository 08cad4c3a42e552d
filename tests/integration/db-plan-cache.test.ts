import { beforeEach, describe, expect, it } from "vitest";
import { planCache } from "@/lib/db/plan-cache";
import { makeBloc, uniq } from "../factories";
import { resetDb, testDb } from "./setup/db";

// The app's Prisma client reuses compiled query plans for identical requests
// (lib/db/plan-cache.ts, docs/decisions/0047-query-plan-cache.md). These run
// through the real compiler and database: the cache must be in use, and a
// request differing only in its values must never get another's plan.
beforeEach(resetDb);

describe("the query plan cache of the app's client", () => {
  it("compiles an identical read once", async () => {
    const bloc = await makeBloc(testDb(), { code: uniq("PC") });
    const read = () => testDb().bloc.findUnique({ where: { code: bloc.code }, select: { id: true, code: true } });
    await read();
    const before = planCache().stats();
    expect(await read()).toEqual({ id: bloc.id, code: bloc.code });
    expect(await read()).toEqual({ id: bloc.id, code: bloc.code });
    const after = planCache().stats();
    expect(after.hits - before.hits).toBe(2);
    expect(after.misses - before.misses).toBe(0);
  });

  it("answers each request with its own values, not a cached neighbour's", async () => {
    const a = await makeBloc(testDb(), { code: uniq("PA"), name: "Khối A" });
    const b = await makeBloc(testDb(), { code: uniq("PB"), name: "Khối B" });
    const byCode = (code: string) => testDb().bloc.findUnique({ where: { code }, select: { name: true } });
    const named = (words: string) => testDb().bloc.findMany({ where: { name: { contains: words } }, select: { code: true }, orderBy: { code: "asc" } });
    for (let round = 0; round < 2; round++) {
      expect(await byCode(a.code)).toEqual({ name: "Khối A" });
      expect(await byCode(b.code)).toEqual({ name: "Khối B" });
      expect(await named("A")).toEqual([{ code: a.code }]);
      expect(await named("Khối")).toEqual([{ code: a.code }, { code: b.code }]);
    }
  });

  it("serves batched reads (findUnique in the same tick) from the cache too, each with its own row", async () => {
    const a = await makeBloc(testDb(), { code: uniq("QA") });
    const b = await makeBloc(testDb(), { code: uniq("QB") });
    const both = () => Promise.all([a, b].map((x) => testDb().bloc.findUnique({ where: { id: x.id }, select: { code: true } })));
    expect(await both()).toEqual([{ code: a.code }, { code: b.code }]);
    const before = planCache().stats();
    expect(await both()).toEqual([{ code: a.code }, { code: b.code }]);
    const after = planCache().stats();
    expect(after.hits - before.hits).toBeGreaterThan(0);
    expect(after.misses - before.misses).toBe(0);
  });
});
