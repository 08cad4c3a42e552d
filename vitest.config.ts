import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two layers that run alone: `vitest run --project unit` needs nothing,
// `--project integration` needs a database (docs: architecture "Test layout").
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
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
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
