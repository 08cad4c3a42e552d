import path from "node:path";
import { defineConfig, type PrismaConfig } from "prisma/config";
import { migrationAdapter } from "./lib/db/migration-adapter";

// Prisma 6.19 with the JavaScript schema engine: no engine download is ever
// needed (docs/decisions/0001-prisma-6-and-the-migration-bridge.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  // The PGlite adapter is typed against older adapter utils (same contract).
  adapter: migrationAdapter as unknown as Extract<PrismaConfig, { engine: "js" }>["adapter"],
});
