import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * An interactive transaction holds ONE pg connection, so its queries must go one after the
 * other. Two checks, installed once per test worker and read after every test (reset-db.ts):
 *
 * 1. Our code: an operation started on a transaction client while another one on the same
 *    transaction is still running — a Promise.all over `tx`, or over helpers given `tx`. The
 *    rule is "one after the other on tx", checked where the code breaks it (Prisma 6 batches the
 *    operations started in the same tick, and lib/db/serial-transactions.ts makes the wire safe
 *    anyway, so the database alone would not show it).
 * 2. The connection: a query sent while another is already waiting behind a running one. That
 *    is when pg prints "Calling client.query() when the client is already executing a query"
 *    (a DeprecationWarning, once per process; pg 9 drops the queue) — what Prisma's side-by-side
 *    relation reads did inside a transaction before serial-transactions.ts. Counted per query
 *    here, and the warning itself is recorded too. Only a Postgres target goes through pg.
 */
const problems: string[] = [];
let installed = false;

export function installPgConcurrencyGuard(): void {
  if (installed) return;
  installed = true;
  guardTransactionClients();
  guardPgConnections();
  process.on("warning", (w) => {
    if (w.message.includes("already executing a query")) problems.push(`pg warning: ${w.message}`);
  });
}

/** What went wrong since the last call (and forgets it). */
export function takePgOverlaps(): string[] {
  return problems.splice(0);
}

type AnyFn = (...args: unknown[]) => unknown;
const settle = (result: unknown, done: () => void) => {
  if (result && typeof (result as PromiseLike<unknown>).then === "function") (result as PromiseLike<unknown>).then(done, done);
  else done();
  return result;
};

function guardTransactionClients() {
  const proto = PrismaClient.prototype as unknown as { $transaction: AnyFn };
  const $transaction = proto.$transaction;
  proto.$transaction = function (this: unknown, arg: unknown, options: unknown) {
    if (typeof arg !== "function") return $transaction.call(this, arg, options);
    return $transaction.call(this, (tx: object) => (arg as AnyFn)(watched(tx)), options);
  };
}

/** The transaction client, with every model operation and raw query counted while it runs. */
function watched(tx: object): object {
  const running: string[] = [];
  const track = (label: string, call: () => unknown) => {
    if (running.length > 0) problems.push(`${label} started on a transaction while ${running.join(", ")} still ran`);
    running.push(label);
    let settled = false;
    return settle(call(), () => {
      if (settled) return;
      settled = true;
      running.splice(running.indexOf(label), 1);
    });
  };
  const wrapFns = (target: object, prefix: string) =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop);
        if (typeof value !== "function" || typeof prop !== "string") return value;
        return (...args: unknown[]) => track(`${prefix}${prop}`, () => (value as AnyFn).apply(t, args));
      },
    });
  const delegates = new Map<string, object>();
  return new Proxy(tx, {
    get(t, prop) {
      const value = Reflect.get(t, prop);
      if (typeof prop !== "string") return value;
      if (prop.startsWith("$")) {
        return typeof value === "function" && /^\$(query|execute)Raw/.test(prop)
          ? (...args: unknown[]) => track(prop, () => (value as AnyFn).apply(t, args))
          : value;
      }
      if (value && typeof value === "object") {
        if (!delegates.has(prop)) delegates.set(prop, wrapFns(value, `${prop}.`));
        return delegates.get(prop);
      }
      return value;
    },
  });
}

function guardPgConnections() {
  const inFlight = new WeakMap<object, string[]>();
  const sqlOf = (q: unknown) =>
    String((q as { text?: unknown })?.text ?? q)
      .replace(/\s+/g, " ")
      .slice(0, 100);
  const query = pg.Client.prototype.query as AnyFn;
  (pg.Client.prototype as unknown as { query: AnyFn }).query = function (this: object, ...args: unknown[]) {
    const running = inFlight.get(this) ?? [];
    inFlight.set(this, running);
    const sql = sqlOf(args[0]);
    // One running and one queued already: pg's deprecated queue (and its warning) is in use.
    if (running.length >= 2)
      problems.push(`pg: "${sql}" sent while ${running.length} queries were running or queued on its connection: ${running.join(" | ")}`);
    running.push(sql);
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      running.splice(running.indexOf(sql), 1);
    };
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (...r: unknown[]) => {
        done();
        return (callback as AnyFn)(...r);
      };
      return query.apply(this, args);
    }
    return settle(query.apply(this, args), done);
  };
}
