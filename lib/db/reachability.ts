import pg from "pg";
import { resolveDatabaseTarget } from "./target";

/**
 * "Can the database be reached right now?", cheap enough to ask on every
 * request: one SELECT 1 on a dedicated connection at most once a second,
 * shared by every request that asks meanwhile. The proxy uses it to answer
 * 503 before a page or action starts and fails half-way (docs/decisions/0014).
 * Embedded PGlite lives inside the app process: it is reachable whenever the
 * app is, so there is nothing to probe.
 */
const TTL_MS = 1000;
const TIMEOUT_MS = 1000;

type Probe = { at: number; ok: boolean };
const state = globalThis as unknown as { __dbProbe?: { pool: pg.Pool; last?: Probe; inflight?: Promise<boolean> } };

function probePool(url: string): pg.Pool {
  if (!state.__dbProbe) {
    const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS, idleTimeoutMillis: 60_000 });
    pool.on("error", () => undefined); // an idle probe connection that dies is simply dropped
    state.__dbProbe = { pool };
  }
  return state.__dbProbe.pool;
}

export async function isDatabaseReachable(now = Date.now()): Promise<boolean> {
  const target = resolveDatabaseTarget();
  if (target.kind !== "postgres") return true;
  const pool = probePool(target.url);
  const s = state.__dbProbe!;
  if (s.last && now - s.last.at < TTL_MS) return s.last.ok;
  s.inflight ??= pool
    .query("SELECT 1")
    .then(
      () => true,
      () => false,
    )
    .then((ok) => {
      s.last = { at: Date.now(), ok };
      s.inflight = undefined;
      return ok;
    });
  return s.inflight;
}

/** Forgets the last answer and the probe connection (tests that move the database). */
export async function resetReachability(): Promise<void> {
  const s = state.__dbProbe;
  state.__dbProbe = undefined;
  await s?.pool.end().catch(() => undefined);
}
