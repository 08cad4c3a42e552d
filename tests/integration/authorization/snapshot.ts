import { testDb } from "../setup/db";

/**
 * The authorization world is built once per file and copied aside; each test (and each allowed
 * call that wrote something) puts it back, which is much cheaper than building it again.
 * Fingerprints prove that a refused call wrote nothing: one hash of every row of every table.
 */
const SCHEMA = "authz_snapshot";
const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

let ordered: string[] | undefined;

/** Every table of the app, parents before children (foreign keys), so a copy inserts in order. */
async function tables(): Promise<string[]> {
  if (ordered) return ordered;
  const db = testDb();
  const names = (
    await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    )
  ).map((r) => r.name);
  const edges = await db.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT ch.relname::text AS child, pa.relname::text AS parent
       FROM pg_constraint c JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = ch.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const parents = new Map(names.map((n) => [n, new Set(edges.filter((e) => e.child === n && e.parent !== n).map((e) => e.parent))]));
  const out: string[] = [];
  while (out.length < names.length) {
    const next = names.filter((n) => !out.includes(n) && [...parents.get(n)!].every((p) => out.includes(p)));
    if (next.length === 0) throw new Error(`foreign keys form a cycle among ${names.filter((n) => !out.includes(n)).join(", ")}`);
    out.push(...next.sort());
  }
  ordered = out;
  return out;
}

/**
 * Copies every table into a side schema, and from then on logs every row written to an app
 * table (a row trigger per table, TRUNCATE too) so that a call is known to have written nothing
 * from one small query. A rolled-back write leaves no log row, as it leaves no data.
 */
export async function takeSnapshot(): Promise<void> {
  const db = testDb();
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.$executeRawUnsafe(`CREATE SCHEMA ${SCHEMA}`);
  for (const t of await tables()) await db.$executeRawUnsafe(`CREATE TABLE ${SCHEMA}.${q(t)} AS TABLE public.${q(t)}`);
  await db.$executeRawUnsafe(`CREATE TABLE ${SCHEMA}._writes (id bigserial PRIMARY KEY, t text NOT NULL)`);
  await db.$executeRawUnsafe(
    `CREATE FUNCTION ${SCHEMA}._log_write() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN INSERT INTO ${SCHEMA}._writes (t) VALUES (TG_TABLE_NAME); RETURN NULL; END $f$`,
  );
  for (const t of await tables()) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER authz_row_write AFTER INSERT OR UPDATE OR DELETE ON public.${q(t)} FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}._log_write()`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER authz_truncate AFTER TRUNCATE ON public.${q(t)} FOR EACH STATEMENT EXECUTE FUNCTION ${SCHEMA}._log_write()`);
  }
}

/**
 * Empties the app's tables and copies the snapshot back, in one statement. Triggers (foreign
 * keys, the write log) are off meanwhile: the copy is consistent, and DELETE is much cheaper
 * than TRUNCATE on tables this small.
 */
export async function restoreSnapshot(): Promise<void> {
  const all = await tables();
  const body = [
    `PERFORM set_config('session_replication_role', 'replica', true);`,
    ...all.map((t) => `DELETE FROM public.${q(t)};`),
    ...all.map((t) => `INSERT INTO public.${q(t)} SELECT * FROM ${SCHEMA}.${q(t)};`),
  ].join("\n");
  await testDb().$executeRawUnsafe(`DO $restore$ BEGIN\n${body}\nEND $restore$`);
}

/** Drops the copy; the triggers go with their function. */
export async function dropSnapshot(): Promise<void> {
  await testDb().$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
}

/** A point in the write log. */
export async function writeMark(): Promise<number> {
  const [row] = await testDb().$queryRawUnsafe<{ id: bigint | null }[]>(`SELECT max(id) AS id FROM ${SCHEMA}._writes`);
  return Number(row?.id ?? 0);
}

/** The app tables written since a mark, and the mark after them. */
export async function writtenSince(mark: number): Promise<{ tables: string[]; mark: number }> {
  const rows = await testDb().$queryRawUnsafe<{ t: string; id: bigint }[]>(
    `SELECT t, max(id) AS id FROM ${SCHEMA}._writes WHERE id > $1 GROUP BY t ORDER BY t`,
    mark,
  );
  return { tables: rows.map((r) => r.t), mark: Math.max(mark, ...rows.map((r) => Number(r.id))) };
}
