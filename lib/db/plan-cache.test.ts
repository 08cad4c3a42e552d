import { describe, expect, it } from "vitest";
import { cachingCompiler, PLAN_CACHE_MAX_REQUEST_CHARS, PlanCache } from "./plan-cache";

/** A stand-in for Prisma's compiler that counts its work and returns a plan naming the request. */
class CountingCompiler {
  compiled = 0;
  compile(request: string) {
    this.compiled++;
    return { sql: `plan of ${request}`, args: [request] };
  }
  compileBatch(request: string) {
    this.compiled++;
    return { batch: request };
  }
}

describe("PlanCache", () => {
  it("compiles a request once and reuses its plan for the identical request", () => {
    const Caching = cachingCompiler(CountingCompiler as never, new PlanCache());
    const compiler = new Caching() as unknown as CountingCompiler;
    expect(compiler.compile('{"a":1}')).toEqual({ sql: 'plan of {"a":1}', args: ['{"a":1}'] });
    expect(compiler.compile('{"a":1}')).toEqual({ sql: 'plan of {"a":1}', args: ['{"a":1}'] });
    expect(compiler.compiled).toBe(1);
  });

  it("never reuses a plan for a request that differs, even only in a value", () => {
    const Caching = cachingCompiler(CountingCompiler as never, new PlanCache());
    const compiler = new Caching() as unknown as CountingCompiler;
    expect(compiler.compile('{"id":"a"}')).toEqual({ sql: 'plan of {"id":"a"}', args: ['{"id":"a"}'] });
    expect(compiler.compile('{"id":"b"}')).toEqual({ sql: 'plan of {"id":"b"}', args: ['{"id":"b"}'] });
    expect(compiler.compiled).toBe(2);
  });

  it("keeps batches apart from single requests of the same text", () => {
    const Caching = cachingCompiler(CountingCompiler as never, new PlanCache());
    const compiler = new Caching() as unknown as CountingCompiler;
    expect(compiler.compile("x")).toEqual({ sql: "plan of x", args: ["x"] });
    expect(compiler.compileBatch("x")).toEqual({ batch: "x" });
    expect(compiler.compiled).toBe(2);
  });

  it("hands out a fresh copy each time, so a caller that changes its plan changes nobody else's", () => {
    const cache = new PlanCache();
    const first = cache.get("q", () => ({ args: [1] })) as { args: number[] };
    first.args.push(2);
    expect(cache.get("q", () => expect.fail("compiled twice"))).toEqual({ args: [1] });
  });

  it("drops the least recently used plan past its limit", () => {
    const cache = new PlanCache(2);
    let compiled = 0;
    const plan = () => ({ n: ++compiled });
    cache.get("a", plan);
    cache.get("b", plan);
    cache.get("a", plan); // a is now the most recent
    cache.get("c", plan); // b goes
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 3, size: 2 });
    cache.get("a", plan);
    cache.get("b", plan);
    expect(compiled).toBe(4);
  });

  it("drops the oldest plans past its budget of characters, and never keeps a plan larger than the budget", () => {
    const cache = new PlanCache(100, 30);
    let compiled = 0;
    const plan = (n: number) => () => (compiled++, "x".repeat(n)); // JSON text of n + 2 characters
    cache.get("a", plan(8)); // 1 + 10
    cache.get("b", plan(8)); // 1 + 10: 22 held
    cache.get("c", plan(8)); // 33 > 30: a goes
    expect(cache.stats()).toMatchObject({ size: 2, chars: 22 });
    cache.get("b", plan(8)); // still there
    expect(compiled).toBe(3);
    expect(cache.get("big", plan(40))).toBe("x".repeat(40));
    expect(cache.stats()).toMatchObject({ size: 2, chars: 22 });
    cache.get("a", plan(8)); // a was dropped: compiled again
    expect(compiled).toBe(5);
  });

  it("lets a very long request (a file's bytes) through without keeping or copying its plan", () => {
    const cache = new PlanCache();
    const request = "b".repeat(PLAN_CACHE_MAX_REQUEST_CHARS + 1);
    const plan = { bytes: request };
    expect(cache.get(request, () => plan)).toBe(plan); // the compiler's own object: no copy made
    expect(cache.stats()).toMatchObject({ size: 0, chars: 0, misses: 1 });
  });
});
