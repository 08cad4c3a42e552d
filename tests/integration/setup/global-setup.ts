import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { cloneDatabase, migrateDeploy, prepareDatabase } from "./database.mjs";

type DbEnv = { DATABASE_URL: string; PGLITE_DATA_DIR?: string };

declare module "vitest" {
  export interface ProvidedContext {
    /** DATABASE_URL (and PGLITE_DATA_DIR) of each worker's database; worker i uses entry i - 1. */
    integrationDbEnvs: DbEnv[];
  }
}

/**
 * Once per run: an empty database migrated by the real CLI, then one copy of it per worker
 * (docs/decisions/0015-parallel-integration-databases.md). Files run side by side, each worker
 * on its own copy; the workers get the settings through `provide`/`inject` (reset-db.ts copies
 * its own into process.env before any test file is imported).
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "khoi-it-"));
  const db = await prepareDatabase({ suffix: "_it", pgliteDir: path.join(pgliteDir, "data") });
  await migrateDeploy({ ...process.env, ...db.env });
  const migrated = Date.now();
  // VITEST_POOL_ID runs from 1 to the number of workers (1 with --no-file-parallelism).
  const workers = Math.max(1, project.config.maxWorkers || project.vitest.config.maxWorkers || 1);
  const copies = await cloneDatabase(db, workers);
  project.provide("integrationDbEnvs", copies);
  console.log(
    `[integration] CSDL ${db.kind}: ${db.label} (migrate ${migrated - started} ms), ${workers} bản sao cho ${workers} tiến trình (${Date.now() - migrated} ms)`,
  );

  return () => {
    // IT_KEEP_DB=1 leaves the PGlite folders behind to inspect after a run.
    if (process.env.IT_KEEP_DB === "1") console.log(`[integration] giữ lại ${pgliteDir}`);
    else fs.rmSync(pgliteDir, { recursive: true, force: true });
  };
}
