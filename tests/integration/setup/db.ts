import { getDb } from "@/lib/db/client";

/** The worker's shared Prisma client on the integration database. */
export function testDb() {
  return getDb();
}

let resetScript: string | undefined;

/**
 * Empties every table (migration history stays) in one round trip. A DELETE per table, children
 * before the tables they reference: on tables holding a test's few rows that takes milliseconds,
 * where one TRUNCATE of all of them took a quarter to over a second on Postgres and PGlite alike
 * (TRUNCATE gives every table and index a new file; docs/benchmarks/test-suite.md). Deleting
 * children first means no ON DELETE action ever fires (so no SET NULL update meets the
 * ResultPublication immutability trigger). The order comes from the catalog at first use, so new
 * models need no change here.
 */
export async function resetDb(): Promise<void> {
  const script = await resetDbScript();
  if (script) await testDb().$executeRawUnsafe(script);
}

/** The statement resetDb runs (for a caller that runs it inside a transaction of its own). */
export async function resetDbScript(): Promise<string> {
  resetScript ??= await buildResetScript();
  return resetScript;
}

let tableNames: Promise<string[]> | undefined;

/** The application's tables, by name (not the migration history), read from the catalog once. */
export function appTables(): Promise<string[]> {
  tableNames ??= testDb()
    .$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
    .then((rows) => rows.map((r) => r.name));
  return tableNames;
}

/** A table name as SQL: "public"."Name". */
export const quotedTable = (name: string) => `"public"."${name.replaceAll('"', '""')}"`;

async function buildResetScript(): Promise<string> {
  const db = testDb();
  const tables = await appTables();
  if (tables.length === 0) return "";
  // Foreign keys between two different tables (a table referencing itself empties in one DELETE).
  const references = await db.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT ch.relname::text AS child, pa.relname::text AS parent
       FROM pg_constraint c JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.conrelid <> c.confrelid`,
  );
  const order = childrenFirst(tables, references);
  // A cycle of foreign keys between tables has no such order: TRUNCATE … CASCADE still empties it.
  if (!order) return `TRUNCATE ${tables.map(quotedTable).join(", ")} RESTART IDENTITY CASCADE`;
  const sequences = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT relname::text AS name FROM pg_class WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace ORDER BY relname`,
  );
  const statements = [...order.map((t) => `DELETE FROM ${quotedTable(t)};`), ...sequences.map((s) => `ALTER SEQUENCE ${quotedTable(s.name)} RESTART;`)];
  return `DO $reset$ BEGIN ${statements.join(" ")} END $reset$`;
}

/** Every table after all the tables that reference it, or null when references form a cycle. */
export function childrenFirst(tables: string[], references: { child: string; parent: string }[]): string[] | null {
  const referencedBy = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of references) referencedBy.get(parent)?.add(child);
  const order: string[] = [];
  const left = new Set(tables);
  while (left.size > 0) {
    const free = [...left].filter((t) => [...referencedBy.get(t)!].every((child) => !left.has(child)));
    if (free.length === 0) return null;
    for (const t of free) {
      order.push(t);
      left.delete(t);
    }
  }
  return order;
}
