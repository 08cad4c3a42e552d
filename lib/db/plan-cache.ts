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
/**
 * And at most this many characters of requests and plans together (about 32 MB at worst, two
 * bytes a character): a request listing hundreds of ids has a plan as long, and should not be
 * able to fill the memory 2,000 times over.
 */
export const PLAN_CACHE_CHARS = 16_000_000;
/**
 * Requests longer than this skip the cache altogether, compiled as before: they carry a file's
 * bytes or a list of hundreds of values, never repeat, and copying their plan to text and back
 * would cost more than it could save.
 */
export const PLAN_CACHE_MAX_REQUEST_CHARS = 100_000;

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
  /** Characters held, requests and plans together. */
  chars: number;
}

/** A least-recently-used map of request text → plan text, bounded in entries and in characters. */
export class PlanCache {
  private readonly plans = new Map<string, string>();
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly limit = PLAN_CACHE_SIZE,
    private readonly charLimit = PLAN_CACHE_CHARS,
  ) {}

  get(request: string, compile: () => unknown): unknown {
    if (request.length > PLAN_CACHE_MAX_REQUEST_CHARS) {
      this.misses++;
      return compile();
    }
    let text = this.plans.get(request);
    if (text === undefined) {
      this.misses++;
      text = JSON.stringify(compile());
      const size = request.length + text.length;
      // A plan larger than the whole budget is used once and not kept.
      if (size > this.charLimit) return JSON.parse(text);
      while (this.plans.size > 0 && (this.plans.size >= this.limit || this.chars + size > this.charLimit)) this.evictOldest();
      this.chars += size;
    } else {
      this.hits++;
      this.plans.delete(request); // re-inserted below: the newest end of the map's order
    }
    this.plans.set(request, text);
    return JSON.parse(text);
  }

  private evictOldest() {
    const [request, text] = this.plans.entries().next().value!;
    this.plans.delete(request);
    this.chars -= request.length + text.length;
  }

  stats(): PlanCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.plans.size, chars: this.chars };
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
