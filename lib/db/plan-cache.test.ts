import { describe, expect, it } from "vitest";
import { cachingCompiler, PlanCache } from "./plan-cache";

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
    expect(cache.stats()).toEqual({ hits: 1, misses: 3, size: 2 });
    cache.get("a", plan);
    cache.get("b", plan);
    expect(compiled).toBe(4);
  });
});
