/**
 * An interactive transaction holds ONE pg connection, and Prisma sends it queries at once: the
 * relations of one read are fetched side by side (a vote with its meeting, attendance and
 * candidates is several queries), as are the operations of a Promise.all over `tx`. pg queues
 * them and warns "Calling client.query() when the client is already executing a query" — a
 * deprecated queue that pg 9 removes. Here each transaction's queries go one after the other,
 * in the order they were sent: what pg's queue did, without relying on it. Queries outside a
 * transaction are untouched (the pool gives each its own connection).
 */
type Query = (...args: never[]) => Promise<unknown>;

interface TransactionLike {
  queryRaw: Query;
  executeRaw: Query;
}

interface AdapterLike {
  startTransaction(...args: never[]): Promise<TransactionLike>;
}

interface AdapterFactoryLike {
  connect(): Promise<AdapterLike>;
}

/** The object with `wrap` applied to what `method` returns; everything else as it was. */
function intercept<T extends object>(target: T, method: string, wrap: (result: never) => unknown): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop);
      if (typeof value !== "function") return value;
      if (prop !== method) return value.bind(t);
      return async (...args: unknown[]) => wrap((await value.apply(t, args)) as never);
    },
  });
}

function inTurn<T extends TransactionLike>(tx: T): T {
  let last: Promise<unknown> = Promise.resolve();
  const queue = (run: () => Promise<unknown>) => {
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
  return new Proxy(tx, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw") return (...args: unknown[]) => queue(() => value.apply(t, args));
      return value.bind(t);
    },
  });
}

/** The adapter factory, with each interactive transaction's queries run one at a time. */
export function oneQueryAtATimeInTransactions<F extends AdapterFactoryLike>(factory: F): F {
  return intercept(factory, "connect", (adapter: AdapterLike) => intercept(adapter, "startTransaction", (tx: TransactionLike) => inTurn(tx)));
}
