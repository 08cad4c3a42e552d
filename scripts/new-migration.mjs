#!/usr/bin/env node
// Creates a migration from the change to prisma/schema.prisma since the last
// commit (docs/decisions/0001). `prisma migrate diff` between the committed
// schema and the working one needs no database, no shadow database and no
// engine download; `migrate dev` through the JS engine still trips on the
// shadow database here. Hand-written SQL (CHECKs, triggers) is appended to
// the generated file before committing; the integration tests apply every
// migration to both PGlite and Postgres.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, localEnv } from "./with-env.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Cách dùng: npm run db:new-migration -- <ten_migration> (chữ thường, số, gạch dưới)");
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "khoi-migrate-"));
const before = path.join(tmp, "schema.prisma");
try {
  fs.writeFileSync(before, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
} catch {
  fs.writeFileSync(before, "");
}
const sql = execFileSync(
  bin("prisma"),
  ["migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env: localEnv() },
);
fs.rmSync(tmp, { recursive: true, force: true });
if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log("Schema không thay đổi so với lần commit trước: không tạo migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Đã tạo ${dir}/migration.sql — kiểm tra, thêm SQL viết tay nếu cần, rồi chạy npm run db:migrate.`);
