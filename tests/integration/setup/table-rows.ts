import { appTables, quotedTable, resetDbScript, testDb } from "./db";

/**
 * Every app table's rows, read in one query and written back in one statement: how a test file
 * keeps a world it built and puts it back for its next test (reusable-world.ts, and the
 * authorization world's snapshot). Rows travel as JSON text, so numbers and bytes come back exact;
 * `tables` are the ones that had rows.
 */
export type TableRows = { json: string; tables: string[] };

const literal = (name: string) => `'${name.replaceAll("'", "''")}'`;

export async function readTableRows(): Promise<TableRows> {
  const names = await appTables();
  // json_object_agg over a UNION: json_build_object would take two arguments a table, and a
  // function takes at most 100.
  const parts = names.map((t) => `SELECT ${literal(t)} AS t, (SELECT json_agg(r) FROM ${quotedTable(t)} r) AS v`);
  const [row] = await testDb().$queryRawUnsafe<{ rows: string }[]>(`SELECT json_object_agg(t, v)::text AS rows FROM (${parts.join(" UNION ALL ")}) x`);
  const present = Object.entries(JSON.parse(row!.rows) as Record<string, unknown>).filter(([, r]) => r !== null);
  return { json: row!.rows, tables: present.map(([t]) => t) };
}

/** One `iN AS (INSERT …)` clause per table with rows, reading them from the statement's $1; `where` filters them all. */
function insertsOf(rows: TableRows, where = ""): string[] {
  return rows.tables.map(
    (t, i) => `i${i} AS (INSERT INTO ${quotedTable(t)} SELECT * FROM json_populate_recordset(NULL::${quotedTable(t)}, $1::json -> ${literal(t)})${where})`,
  );
}

/** SQL: whether every app table is empty. */
async function allEmpty(): Promise<string> {
  return `NOT (${(await appTables()).map((t) => `EXISTS (SELECT 1 FROM ${quotedTable(t)})`).join(" OR ")})`;
}

/**
 * Inserts the rows, in one statement, only if every app table is empty; says whether it did.
 * Foreign keys are checked at the end of the statement, so the tables' order does not matter.
 */
export async function insertIntoEmpty(rows: TableRows): Promise<boolean> {
  const inserts = insertsOf(rows, " WHERE (SELECT ok FROM guard)");
  const [row] = await testDb().$queryRawUnsafe<{ ok: boolean }[]>(
    `WITH guard AS (SELECT ${await allEmpty()} AS ok)${inserts.map((i) => `, ${i}`).join("")} SELECT ok FROM guard`,
    rows.json,
  );
  return row!.ok;
}

/**
 * Empties every app table and inserts the rows, in one transaction with triggers off
 * (session_replication_role): no write-log trigger records the copy, no foreign key is checked
 * row by row, and the rows were consistent when they were read.
 */
export async function replaceAllRows(rows: TableRows): Promise<void> {
  const db = testDb();
  const inserts = insertsOf(rows);
  const reset = await resetDbScript();
  await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    ...(reset ? [db.$executeRawUnsafe(reset)] : []),
    ...(inserts.length > 0 ? [db.$executeRawUnsafe(`WITH ${inserts.join(", ")} SELECT 1`, rows.json)] : []),
  ]);
}

/** Whether every app table is empty. */
export async function databaseIsEmpty(): Promise<boolean> {
  const [row] = await testDb().$queryRawUnsafe<{ empty: boolean }[]>(`SELECT ${await allEmpty()} AS empty`);
  return row!.empty;
}
