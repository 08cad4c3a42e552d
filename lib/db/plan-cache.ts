/**
 * A cache of Prisma's compiled query plans, keyed by the exact request
 * (docs/decisions/0047-query-plan-cache.md).
 *
 * Prisma 6.19's client engine compiles every operation to SQL in WebAssembly,
 * on every call: about 1–2 ms of CPU each, a fifth of a page's server time.
 * The plan is a pure function of the request (model, action, arguments with
 * their values, selection) and of the schema, so an identical request can
 * reuse it. Identical requests are what a page sends again and again: the
 * signed-in user's principal on each of their pages, the bloc's year in the
 * layout of every member's page. A request never seen costs what it did.
 *
 * Plans are kept as JSON text and parsed on every use, hit or miss, so that
 * the executor can never see (or change) an object another request holds.
 * The cache is per process and bounded (least recently used out); nothing
 * in it depends on data, so several instances need no invalidation.
 */
export const PLAN_CACHE_SIZE = 2000;

type Compiler = { compile(request: string): unknown; compileBatch(request: string): unknown };
type CompilerClass = new (...args: never[]) => Compiler;
type CompilerRuntime = { QueryCompiler: CompilerClass } & Record<string, unknown>;
export interface CompilerWasm {
  getRuntime(): Promise<CompilerRuntime>;
  getQueryCompilerWasmModule(): Promise<unknown>;
}

export interface PlanCacheStats {
  hits: number;
  misses: number;
  size: number;
}

/** A least-recently-used map of request text → plan text. */
export class PlanCache {
  private readonly plans = new Map<string, string>();
  hits = 0;
  misses = 0;

  constructor(private readonly limit = PLAN_CACHE_SIZE) {}

  get(request: string, compile: () => unknown): unknown {
    let text = this.plans.get(request);
    if (text === undefined) {
      this.misses++;
      text = JSON.stringify(compile());
      if (this.plans.size >= this.limit) this.plans.delete(this.plans.keys().next().value!);
    } else {
      this.hits++;
      this.plans.delete(request); // re-inserted below: the newest end of the map's order
    }
    this.plans.set(request, text);
    return JSON.parse(text);
  }

  stats(): PlanCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.plans.size };
  }
}

const globalCache = globalThis as unknown as { __planCache?: PlanCache };
/** The process's one cache: the compiler class is loaded once per process by Prisma too. */
export function planCache(): PlanCache {
  return (globalCache.__planCache ??= new PlanCache());
}

/** The compiler class with both entry points going through `cache`. */
export function cachingCompiler(Base: CompilerClass, cache: PlanCache): CompilerClass {
  return class CachingQueryCompiler extends Base {
    compile(request: string): unknown {
      return cache.get(request, () => super.compile(request));
    }
    compileBatch(request: string): unknown {
      return cache.get(`batch:${request}`, () => super.compileBatch(request));
    }
  };
}

/**
 * Puts the cache in front of a Prisma client's compiler. Must run before the
 * client's first query (Prisma loads the compiler class on connect and keeps
 * it for every client of the process). Returns false, changing nothing, when
 * this Prisma version does not have the shape relied on.
 */
export function cachePlansOf(client: unknown, cache: PlanCache = planCache()): boolean {
  const config = (client as { _engineConfig?: { compilerWasm?: CompilerWasm } })._engineConfig;
  const wasm = config?.compilerWasm;
  if (!wasm || typeof wasm.getRuntime !== "function") return false;
  const load = wasm.getRuntime.bind(wasm);
  config.compilerWasm = {
    getQueryCompilerWasmModule: wasm.getQueryCompilerWasmModule.bind(wasm),
    getRuntime: async () => {
      const runtime = await load();
      const Caching = cachingCompiler(runtime.QueryCompiler, cache);
      // The module namespace itself is read-only; Prisma reads the class and the wasm setters from it.
      return new Proxy(runtime, { get: (target, key) => (key === "QueryCompiler" ? Caching : target[key as string]) });
    },
  };
  return true;
}
