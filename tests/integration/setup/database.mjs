// Throwaway databases for the test layers, shared by the integration
// globalSetup and scripts/e2e.mjs. Plain JS so that node runs it without tsx.
import { spawn } from "node:child_process";
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
