import pg from "pg";

/**
 * A pg pool that gives back a connection which dies while it is checked out.
 *
 * When Postgres ends a backend in the middle of an interactive transaction
 * (pg_terminate_backend, a restart, a network cut), @prisma/adapter-pg sends
 * ROLLBACK on the dead connection, that throws, and the connection is never
 * released: the pool counts it as busy forever. After `max` such faults every
 * request waits for a connection that never comes (measured: the 11th query
 * after 10 terminated transactions hung until the test timed out). Here the
 * connection's own 'error' event releases it with the error, so the pool
 * drops it and opens a fresh one; a later release of the same connection by
 * its borrower is then a no-op instead of pg-pool's double-release throw.
 */
export function createResilientPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const watchers = new Map<pg.PoolClient, (err: Error) => void>();

  pool.on("acquire", (client) => {
    const onError = (err: Error) => {
      watchers.delete(client);
      client.removeListener("error", onError);
      const release = client.release;
      // Whoever borrowed it will still call release (or not): make that harmless.
      client.release = () => undefined;
      release.call(client, err);
    };
    watchers.set(client, onError);
    client.on("error", onError);
  });

  pool.on("release", (_err, client) => {
    const onError = watchers.get(client as pg.PoolClient);
    if (!onError) return;
    watchers.delete(client as pg.PoolClient);
    client.removeListener("error", onError);
  });

  // An idle connection that dies is already dropped by pg-pool; without a
  // listener the 'error' event would crash the process.
  pool.on("error", () => undefined);
  return pool;
}
