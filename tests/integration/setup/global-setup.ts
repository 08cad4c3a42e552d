import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy, prepareDatabase } from "./database.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** DATABASE_URL (and PGLITE_DATA_DIR) of the integration database. */
    integrationDbEnv: { DATABASE_URL: string; PGLITE_DATA_DIR?: string };
  }
}

/**
 * Once per run: an empty database, migrated by the real CLI. The workers get
 * its settings through `provide`/`inject` (reset-db.ts copies them into
 * process.env before any test file is imported).
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "khoi-it-"));
  const db = await prepareDatabase({ suffix: "_it", pgliteDir: path.join(pgliteDir, "data") });
  await migrateDeploy({ ...process.env, ...db.env });
  project.provide("integrationDbEnv", db.env);
  console.log(`[integration] CSDL ${db.kind}: ${db.label} (migrate ${Date.now() - started} ms)`);

  return () => {
    // IT_KEEP_DB=1 leaves the PGlite folder behind to inspect after a run.
    if (process.env.IT_KEEP_DB === "1") console.log(`[integration] giữ lại ${pgliteDir}`);
    else fs.rmSync(pgliteDir, { recursive: true, force: true });
  };
}
