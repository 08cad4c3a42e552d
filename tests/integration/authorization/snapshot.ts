import { appTables, testDb } from "../setup/db";
import { readTableRows, replaceAllRows, type TableRows } from "../setup/table-rows";

/**
 * The authorization world is built once per file and its rows kept (setup/table-rows.ts); each
 * test (and each allowed call that wrote something) puts them back, which is much cheaper than
 * building it again. A write log proves that a refused call wrote nothing.
 */
const SCHEMA = "authz_snapshot";
const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

let rows: TableRows | undefined;

/**
 * Keeps every table's rows, and from then on logs every row written to an app table (a row
 * trigger per table, TRUNCATE too) so that a call is known to have written nothing from one
 * small query. A rolled-back write leaves no log row, as it leaves no data.
 */
export async function takeSnapshot(): Promise<void> {
  const db = testDb();
  rows = await readTableRows();
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.$executeRawUnsafe(`CREATE SCHEMA ${SCHEMA}`);
  await db.$executeRawUnsafe(`CREATE TABLE ${SCHEMA}._writes (id bigserial PRIMARY KEY, t text NOT NULL)`);
  await db.$executeRawUnsafe(
    `CREATE FUNCTION ${SCHEMA}._log_write() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN INSERT INTO ${SCHEMA}._writes (t) VALUES (TG_TABLE_NAME); RETURN NULL; END $f$`,
  );
  for (const t of await appTables()) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER authz_row_write AFTER INSERT OR UPDATE OR DELETE ON public.${q(t)} FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}._log_write()`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER authz_truncate AFTER TRUNCATE ON public.${q(t)} FOR EACH STATEMENT EXECUTE FUNCTION ${SCHEMA}._log_write()`);
  }
}

/** Puts the kept rows back, with triggers off: the copy is not logged as a write. */
export async function restoreSnapshot(): Promise<void> {
  if (!rows) throw new Error("restoreSnapshot before takeSnapshot");
  await replaceAllRows(rows);
}

/** Drops the write log; the triggers go with their function. */
export async function dropSnapshot(): Promise<void> {
  rows = undefined;
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
