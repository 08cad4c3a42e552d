/**
 * An interactive transaction holds ONE pg connection, and Prisma sends it queries at once: the
 * relations of one read are fetched side by side (a vote with its meeting, attendance and
 * candidates is several queries), as are the operations of a Promise.all over `tx`. pg queues
 * them and warns "Calling client.query() when the client is already executing a query" — a
 * deprecated queue that pg 9 removes. Here each transaction's queries go one after the other,
 * in the order they were sent: what pg's queue did, without relying on it. Queries outside a
 * transaction are untouched (the pool gives each its own connection).
 */
import { aroundQueries, intercept, type AdapterFactoryLike, type AdapterLike, type QueryableLike } from "./adapter-proxy";

function inTurn<T extends QueryableLike>(tx: T): T {
  let last: Promise<unknown> = Promise.resolve();
  return aroundQueries(tx, (original, args) => {
    const run = () => original(...(args as never[]));
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  });
}

/** The adapter factory, with each interactive transaction's queries run one at a time. */
export function oneQueryAtATimeInTransactions<F extends AdapterFactoryLike>(factory: F): F {
  return intercept(factory, "connect", (adapter: AdapterLike) => intercept(adapter, "startTransaction", (tx: QueryableLike) => inTurn(tx)));
}
