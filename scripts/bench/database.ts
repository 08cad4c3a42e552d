/**
 * The benchmark's own database — never the demo one (.data/pglite) nor the one DATABASE_URL
 * names:
 *  - DATABASE_URL set: database `<name>_bench` on the same server (khoi → khoi_bench);
 *  - otherwise: PGlite in `<tmp>/khoi-bench/pglite` (BENCH_PGLITE_DIR to move it).
 * Migrated by the real CLI (`prisma migrate deploy`), like the integration tests. The Prisma
 * client is built on a driver we can watch, so every SQL statement Prisma sends is counted.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { closePglite, openPglite } from "@/lib/db/pglite-instance";
import { cachePlansOf } from "@/lib/db/plan-cache";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migrateDeploy, PGLITE_PLACEHOLDER_URL, recreatePostgresDatabase, serverUrl, siblingDatabaseUrl } from "../../tests/integration/setup/database.mjs";

export interface BenchDb {
  kind: "postgres" | "pglite";
  label: string;
  prisma: PrismaClient;
  /** SQL statements Prisma has sent so far (bulk loading is not counted). */
  sqlCount(): number;
  /** Runs the statements in one transaction, outside the count. */
  bulk(statements: readonly string[]): Promise<void>;
  /** One statement outside any transaction, not counted either. */
  exec(statement: string): Promise<void>;
  close(): Promise<void>;
}

const SUFFIX = "_bench";

/**
 * `suffix` names a benchmark's own database: "_bench" (the scoring and page benchmarks share it),
 * "_bench_overview" (the overview benchmark, scripts/bench/overview-run.ts); on PGlite the folder
 * beside it is named after it too (BENCH_PGLITE_DIR only moves the default one).
 */
function pgliteDir(suffix = SUFFIX): string {
  const fallback = path.join(os.tmpdir(), "khoi-bench", suffix === SUFFIX ? "pglite" : `pglite${suffix}`);
  const dir = path.resolve(suffix === SUFFIX ? (process.env.BENCH_PGLITE_DIR ?? fallback) : fallback);
  if (dir === path.resolve(".data/pglite") || dir === path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite")) {
    throw new Error(`Refusing to use ${dir}: that is the application's database.`);
  }
  return dir;
}

export function describeTarget(suffix = SUFFIX): { kind: "postgres" | "pglite"; label: string } {
  const url = serverUrl();
  if (url) return { kind: "postgres", label: siblingDatabaseUrl(url, suffix).database };
  return { kind: "pglite", label: pgliteDir(suffix) };
}

/** Empties (or creates) the bench database and migrates it. */
export async function recreateBenchDatabase(suffix = SUFFIX): Promise<void> {
  const url = serverUrl();
  if (url) {
    const bench = siblingDatabaseUrl(url, suffix).url;
    await recreatePostgresDatabase(bench);
    await migrateDeploy({ ...process.env, DATABASE_URL: bench });
    return;
  }
  const dir = pgliteDir(suffix);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  await migrateDeploy({ ...process.env, DATABASE_URL: PGLITE_PLACEHOLDER_URL, PGLITE_DATA_DIR: dir });
}

/** Drops the bench database (Postgres) or removes its folder (PGlite). */
export async function dropBenchDatabase(suffix = SUFFIX): Promise<void> {
  const url = serverUrl();
  if (!url) {
    fs.rmSync(pgliteDir(suffix), { recursive: true, force: true });
    return;
  }
  const { database } = siblingDatabaseUrl(url, suffix);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

type Adapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

export async function openBenchDb(suffix = SUFFIX): Promise<BenchDb> {
  let count = 0;
  const url = serverUrl();
  if (url) {
    const bench = siblingDatabaseUrl(url, suffix);
    const pool = new pg.Pool({ connectionString: bench.url, max: 10 });
    // Prisma's adapter sends every statement outside a transaction through pool.query.
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
      count++;
      return query(...args);
    };
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    cachePlansOf(prisma); // measured as the app runs (lib/db/client.ts)
    return {
      kind: "postgres",
      label: bench.database,
      prisma,
      sqlCount: () => count,
      async bulk(statements) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          for (const s of statements) await client.query(s);
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw e;
        } finally {
          client.release();
        }
      },
      async exec(statement) {
        await query(statement);
      },
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dir = pgliteDir(suffix);
  if (!fs.existsSync(dir)) throw new Error(`No bench database in ${dir}: run without --keep first.`);
  const pglite: PGlite = openPglite(dir);
  const query = pglite.query.bind(pglite);
  pglite.query = ((...args: Parameters<PGlite["query"]>) => {
    count++;
    return query(...args);
  }) as PGlite["query"];
  // pglite-prisma-adapter 0.6.1 is typed against an older driver-adapter-utils (as in lib/db/client.ts).
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) as unknown as Adapter });
  cachePlansOf(prisma);
  return {
    kind: "pglite",
    label: dir,
    prisma,
    sqlCount: () => count,
    async bulk(statements) {
      await pglite.transaction(async (tx) => {
        for (const s of statements) await tx.exec(s);
      });
    },
    async exec(statement) {
      await pglite.exec(statement);
    },
    async close() {
      await prisma.$disconnect();
      await closePglite(pglite);
    },
  };
}
