import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { UNIT_ISOLATED } from "./scripts/unit-isolated.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two layers that run alone: unit (`npm run test:unit`, projects unit and unit-isolated) needs
// nothing, integration (`--project integration`) needs a database (docs: architecture "Test layout").
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // lib/server/** starts with `import "server-only"`, which throws outside
      // Next's react-server build; the package ships the empty module itself.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    passWithNoTests: false,
    projects: [
      // Unit files share their worker's modules (isolate: false): starting a process and importing
      // afresh for each of ~90 files took 36 s of the layer's 38 (docs/benchmarks/test-suite.md).
      // A file that mocks a module or re-imports one (vi.mock, vi.resetModules) would leak into the
      // files after it, so such files are listed in scripts/unit-isolated.mjs and run apart, each
      // in its own process; ESLint refuses those calls in any other unit file.
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: UNIT_ISOLATED,
          environment: "node",
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "unit-isolated",
          include: UNIT_ISOLATED,
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/setup/global-setup.ts"],
          setupFiles: ["tests/integration/setup/reset-db.ts"],
          // Files run side by side, each worker on its own copy of the migrated database; a
          // worker's files take turns on it and tests reset it between them (docs/decisions/0015).
          // At least two even on one core: a worker waits on the database about half the time. At
          // most four: each worker's pool may open 10 connections, and Postgres allows 100 by default.
          maxWorkers: Number(process.env.IT_WORKERS) || Math.min(4, Math.max(2, os.availableParallelism())),
          // Its own group, so that `vitest run` with both projects may give each its own workers.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
