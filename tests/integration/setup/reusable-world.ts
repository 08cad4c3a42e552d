import { types } from "node:util";
import { databaseIsEmpty, insertIntoEmpty, readTableRows, type TableRows } from "./table-rows";

/**
 * Builds a test world once per test file and, for the file's later tests, puts the same rows
 * back instead of building it again (docs/benchmarks/test-suite.md, "Reused worlds").
 *
 * A world is the rows a builder writes through Prisma, factories and use cases: 20–60 round
 * trips, each through the query compiler and the driver adapter. After the first build the rows
 * of every table are read in one query (table-rows.ts); a later call in the same file, on a
 * database the per-test reset has emptied, writes them back in one statement and returns the
 * object the first build returned. Same ids, same values, same `createdAt`: a test cannot tell.
 *
 * What stays as it was:
 * - a call on a database that is not empty (a second world in one test, or rows the test wrote
 *   first) builds as before, since the builder may read what is there;
 * - arguments take part in the key (JSON), so `world({ open: false })` has its own rows;
 * - the object returned is frozen (plain objects and arrays, deeply): a test that changed it
 *   would change the next test's world, so it fails at the assignment instead.
 * Only builders whose whole effect is rows in the database may be wrapped (one that signs in to
 * call use cases and signs out again is one); not one that leaves someone signed in or writes
 * files the test reads.
 */
export function reusableWorld<A extends unknown[], W>(build: (...args: A) => Promise<W>): (...args: A) => Promise<W> {
  const saved = new Map<string, { rows: TableRows; world: W }>();
  return async (...args: A) => {
    const key = JSON.stringify(args);
    const hit = saved.get(key);
    if (hit && (await insertIntoEmpty(hit.rows))) return hit.world;
    if (!hit && !(await databaseIsEmpty())) return build(...args);
    const world = await build(...args);
    if (!hit) saved.set(key, { rows: await readTableRows(), world: deepFreeze(world) });
    return world;
  };
}

/** Freezes plain objects and arrays, deeply; leaves class instances and proxies (the Prisma client) alone. */
function deepFreeze<T>(value: T): T {
  if (types.isProxy(value)) return value;
  if (Array.isArray(value) || (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
