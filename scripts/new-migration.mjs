#!/usr/bin/env node
// Creates a migration from the difference between the existing migrations and
// prisma/schema.prisma (docs/decisions/0001). `prisma migrate diff
// --from-migrations` replays them on a throwaway in-memory PGlite, so it needs
// no server and no engine download; `migrate dev` through the JS engine still
// trips on its shadow database here. Hand-written SQL (CHECKs, triggers) is appended to
// the generated file before committing; the integration tests apply every
// migration to both PGlite and Postgres.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin, localEnv, PGLITE_PLACEHOLDER_URL } from "./with-env.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Cách dùng: npm run db:new-migration -- <ten_migration> (chữ thường, số, gạch dưới)");
  process.exit(2);
}
const env = { ...localEnv(), DATABASE_URL: PGLITE_PLACEHOLDER_URL, PGLITE_DATA_DIR: "memory://" };
const sql = execFileSync(
  bin("prisma"),
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env },
);
if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log("Schema khớp với các migration hiện có: không tạo migration mới.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Đã tạo ${dir}/migration.sql — kiểm tra, thêm SQL viết tay nếu cần, rồi chạy npm run db:migrate.`);
