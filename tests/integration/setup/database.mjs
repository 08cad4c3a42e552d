// Throwaway databases for the test layers, shared by the integration
// globalSetup and scripts/e2e.mjs. Plain JS so that node runs it without tsx.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const PGLITE_PLACEHOLDER_URL = "postgresql://pglite@localhost/pglite";

/** The Postgres server URL the developer or CI named, or null for PGlite. */
export function serverUrl(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  return url && url !== PGLITE_PLACEHOLDER_URL ? url : null;
}

/** Same server and credentials, database `<name><suffix>` (khoi_ci → khoi_ci_it). */
export function siblingDatabaseUrl(url, suffix) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, "")) || u.username || "postgres";
  u.pathname = `/${encodeURIComponent(name + suffix)}`;
  return { url: u.toString(), database: name + suffix };
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Creates the database if missing and empties it. Only ever called on a
 * `_it`/`_e2e` sibling, never on the database DATABASE_URL names.
 */
export async function recreatePostgresDatabase(url) {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ""));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  try {
    const { rowCount } = await adminClient.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await adminClient.query(`CREATE DATABASE ${quoteIdent(database)}`);
  } finally {
    await adminClient.end();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}

/**
 * What a test database's shape is made of: schemas, tables and columns, constraints, indexes,
 * triggers, functions, enum labels, applied migrations. Two databases with the same fingerprint
 * differ at most in their rows.
 */
const FINGERPRINT = `
  WITH ns AS (SELECT oid, nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema')
  SELECT md5(coalesce(string_agg(x, E'\\n' ORDER BY x), '')) AS fingerprint FROM (
    SELECT 'schema ' || nspname FROM ns
    UNION ALL SELECT 'rel ' || ns.nspname || '.' || c.relname || ' ' || c.relkind::text FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
    UNION ALL SELECT 'col ' || a.attrelid::regclass::text || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text
                     || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns ON ns.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped
    UNION ALL SELECT 'con ' || conrelid::regclass::text || '.' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT 'idx ' || indexdef FROM pg_indexes WHERE schemaname IN (SELECT nspname FROM ns)
    UNION ALL SELECT 'trg ' || pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal
    UNION ALL SELECT 'fn ' || ns.nspname || '.' || p.proname || ' ' || md5(p.prosrc) FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace
    UNION ALL SELECT 'enum ' || e.enumtypid::regtype::text || ' ' || e.enumlabel || ' ' || e.enumsortorder::text FROM pg_enum e
    UNION ALL SELECT 'ext ' || extname FROM pg_extension
    UNION ALL SELECT 'migration ' || migration_name || ' ' || checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
  ) parts(x)`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The FINGERPRINT of the database at `url`, or null when it has none (no migration table…). */
async function fingerprintOf(url) {
  try {
    return await withClient(url, async (c) => (await c.query(FINGERPRINT)).rows[0].fingerprint);
  } catch {
    return null;
  }
}

/**
 * Copies of a migrated database, one per test worker, so that files run side by side without
 * seeing each other's rows (docs/decisions/0015-parallel-integration-databases.md):
 *  - Postgres: `CREATE DATABASE <template>_<i> TEMPLATE <template>`, a file copy on the server.
 *    A copy left by an earlier run is kept when its shape is the template's (same FINGERPRINT;
 *    the tests empty it before each test anyway): DROP DATABASE waits for a checkpoint, which
 *    took up to 40 s on a busy server. Commits on a copy do not wait for the disk
 *    (synchronous_commit off: a throwaway database needs no crash durability);
 *  - PGlite: a copy of the closed template folder.
 * Returns the env overrides of each copy, in worker order.
 */
export async function cloneDatabase(prepared, count) {
  if (prepared.kind === "postgres") {
    const template = prepared.env.DATABASE_URL;
    const name = decodeURIComponent(new URL(template).pathname.replace(/^\//, ""));
    const admin = new URL(template);
    admin.pathname = "/postgres";
    const wanted = await fingerprintOf(template);
    const clones = [];
    await withClient(admin.toString(), async (adminClient) => {
      for (let i = 1; i <= count; i++) {
        const clone = siblingDatabaseUrl(template, `_${i}`);
        const { rowCount } = await adminClient.query("SELECT 1 FROM pg_database WHERE datname = $1", [clone.database]);
        if (!rowCount || wanted === null || (await fingerprintOf(clone.url)) !== wanted) {
          if (rowCount) await adminClient.query(`DROP DATABASE ${quoteIdent(clone.database)} WITH (FORCE)`);
          await adminClient.query(`CREATE DATABASE ${quoteIdent(clone.database)} TEMPLATE ${quoteIdent(name)}`);
        }
        await adminClient.query(`ALTER DATABASE ${quoteIdent(clone.database)} SET synchronous_commit = off`);
        clones.push({ DATABASE_URL: clone.url });
      }
    });
    return clones;
  }
  const dir = prepared.env.PGLITE_DATA_DIR;
  return Array.from({ length: count }, (_, i) => {
    const copy = `${dir}-${i + 1}`;
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(dir, copy, { recursive: true });
    return { DATABASE_URL: PGLITE_PLACEHOLDER_URL, PGLITE_DATA_DIR: copy };
  });
}

/** The migrations in prisma/migrations as Prisma records them: folder name and sha256 of migration.sql. */
function migrationsOnDisk(cwd = process.cwd()) {
  const root = path.join(cwd, "prisma/migrations");
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "migration.sql")))
    .map(
      (d) =>
        `${d.name} ${crypto
          .createHash("sha256")
          .update(fs.readFileSync(path.join(root, d.name, "migration.sql")))
          .digest("hex")}`,
    )
    .sort();
}

/**
 * The database `<name><to>` as a copy of `<name><from>` when that one is a migrated, untouched
 * template whose applied migrations are exactly the ones on disk (the integration layer's
 * template, `_it`, which its workers copy and never write to); null when there is no such
 * template (PGlite, not migrated yet, other migrations, in use), and the caller migrates instead.
 * `npm test` migrates once for both database layers: the JavaScript migration engine took 11–12 s
 * a run (docs/benchmarks/test-suite.md).
 */
export async function copyOfMigratedTemplate({ from, to, env = process.env, cwd = process.cwd() }) {
  const url = serverUrl(env);
  if (!url) return null;
  const template = siblingDatabaseUrl(url, from);
  const target = siblingDatabaseUrl(url, to);
  let applied;
  try {
    applied = await withClient(template.url, async (c) => {
      const { rows } = await c.query(
        `SELECT migration_name || ' ' || checksum AS m, finished_at IS NOT NULL AND rolled_back_at IS NULL AS done FROM "_prisma_migrations"`,
      );
      return rows.every((r) => r.done) ? rows.map((r) => r.m).sort() : null;
    });
  } catch {
    return null; // no such database, or not migrated
  }
  const wanted = migrationsOnDisk(cwd);
  if (!applied || applied.join("\n") !== wanted.join("\n")) return null;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  try {
    await withClient(admin.toString(), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(target.database)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${quoteIdent(target.database)} TEMPLATE ${quoteIdent(template.database)}`);
    });
  } catch {
    return null; // the template is in use by another session: migrate instead
  }
  return { kind: "postgres", label: `${target.database} (bản sao của ${template.database})`, env: { DATABASE_URL: target.url } };
}

/**
 * Prepares an empty database for one test layer and returns the env
 * overrides that point every process (CLI, workers, server) at it.
 *  - DATABASE_URL set: database `<name><suffix>` on the same server;
 *  - otherwise: a fresh PGlite folder `pgliteDir` (removed first).
 */
export async function prepareDatabase({ suffix, pgliteDir, env = process.env }) {
  const url = serverUrl(env);
  if (url) {
    const sibling = siblingDatabaseUrl(url, suffix);
    await recreatePostgresDatabase(sibling.url);
    return { kind: "postgres", label: sibling.database, env: { DATABASE_URL: sibling.url } };
  }
  const dir = path.resolve(pgliteDir);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  return { kind: "pglite", label: dir, env: { DATABASE_URL: PGLITE_PLACEHOLDER_URL, PGLITE_DATA_DIR: dir } };
}

/**
 * The same database as prepareDatabase names, left as it is (scripts/e2e.mjs with
 * E2E_KEEP_DATABASE=1 runs again on what an earlier run migrated, seeded and changed).
 */
export function existingDatabase({ suffix, pgliteDir, env = process.env }) {
  const url = serverUrl(env);
  if (url) {
    const sibling = siblingDatabaseUrl(url, suffix);
    return { kind: "postgres", label: sibling.database, env: { DATABASE_URL: sibling.url } };
  }
  const dir = path.resolve(pgliteDir);
  return { kind: "pglite", label: dir, env: { DATABASE_URL: PGLITE_PLACEHOLDER_URL, PGLITE_DATA_DIR: dir } };
}

/** Runs a command to completion; rejects with its output when it fails. */
export function runQuiet(cmd, args, env, { cwd = process.cwd() } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(cmd)} ${args.join(" ")} → ${signal ?? `mã ${code}`}\n${output}`));
    });
  });
}

/** `prisma migrate deploy` with the real CLI, as production runs it. */
export function migrateDeploy(env, cwd = process.cwd()) {
  return runQuiet(path.join(cwd, "node_modules/.bin/prisma"), ["migrate", "deploy"], env, { cwd });
}
