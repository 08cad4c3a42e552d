import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/server/db";

/**
 * Ready to serve = the database answers and every migration in
 * prisma/migrations has been applied to it. Public (no user, no data): it
 * says only counts, never names or versions of anything else.
 */
export type Readiness =
  | { ready: true; migrations: { expected: number; applied: number } }
  | { ready: false; reason: "DATABASE_UNREACHABLE" | "MIGRATIONS_PENDING"; message: string; migrations?: { expected: number; applied: number } };

async function expectedMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

export async function checkReadiness(migrationsDir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations")): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    return { ready: false, reason: "DATABASE_UNREACHABLE", message: "Không kết nối được cơ sở dữ liệu." };
  }
  const expected = await expectedMigrations(migrationsDir);
  const migrations = { expected: expected.length, applied: expected.filter((m) => applied.has(m)).length };
  if (migrations.applied < migrations.expected) {
    return { ready: false, reason: "MIGRATIONS_PENDING", message: "Cơ sở dữ liệu chưa được cập nhật cấu trúc (còn migration chưa chạy).", migrations };
  }
  return { ready: true, migrations };
}
