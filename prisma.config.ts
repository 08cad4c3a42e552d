import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./lib/db/migration-adapter";

// Prisma 6.19 with the JavaScript schema engine: no engine download is ever
// needed (docs/decisions/0001-prisma-6-and-the-migration-bridge.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: migrationAdapter,
});
