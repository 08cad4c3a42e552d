import { getDb } from "@/lib/db/client";

/** The worker's shared Prisma client on the integration database. */
export function testDb() {
  return getDb();
}

let tables: string[] | undefined;

/**
 * Empties every table in one statement. The list comes from the catalog at
 * first use, so new models need no change here; migration history stays.
 */
export async function resetDb(): Promise<void> {
  const db = testDb();
  tables ??= (
    await db.$queryRawUnsafe<{ tablename: string }[]>(
      `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
  ).map((t) => `"public"."${t.tablename.replaceAll('"', '""')}"`);
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
}
