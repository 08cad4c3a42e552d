import { testDb } from "./db";

/** The storage keys that have bytes in the database (StoredFileContent), sorted. */
export async function storedContentKeys(): Promise<string[]> {
  const rows = await testDb().storedFileContent.findMany({ select: { storageKey: true }, orderBy: { storageKey: "asc" } });
  return rows.map((r) => r.storageKey);
}

/** The stored bytes of one file, or null. */
export async function storedBytes(storageKey: string): Promise<Buffer | null> {
  const row = await testDb().storedFileContent.findUnique({ where: { storageKey }, select: { bytes: true } });
  return row && Buffer.from(row.bytes);
}
