/**
 * Wrapping a Prisma driver adapter without re-implementing it: a Proxy that passes every
 * property through and applies a function to the result of one method. Used to wrap what the
 * adapter factory's `connect` returns, and what that adapter's `startTransaction` returns.
 */
export type Query = (...args: never[]) => Promise<unknown>;

export interface QueryableLike {
  queryRaw: Query;
  executeRaw: Query;
}

export interface AdapterLike extends QueryableLike {
  startTransaction(...args: never[]): Promise<QueryableLike>;
}

export interface AdapterFactoryLike {
  connect(): Promise<AdapterLike>;
}

/** The object with `wrap` applied to what `method` resolves to; everything else as it was. */
export function intercept<T extends object>(target: T, method: string, wrap: (result: never) => unknown): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop);
      if (typeof value !== "function") return value;
      if (prop !== method) return value.bind(t);
      return async (...args: unknown[]) => wrap((await value.apply(t, args)) as never);
    },
  });
}

/** The queryable with its two query methods replaced by `run(original, args)`. */
export function aroundQueries<T extends QueryableLike>(q: T, run: (original: Query, args: unknown[]) => Promise<unknown>): T {
  return new Proxy(q, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw") {
        const original = value.bind(t) as Query;
        return (...args: unknown[]) => run(original, args);
      }
      return value.bind(t);
    },
  });
}
