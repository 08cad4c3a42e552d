import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Uploads of the time when files lived on one server's disk (`UPLOAD_DIR`) are moved into the
 * database, where every instance reads them (docs/decisions/0027-uploaded-files-in-postgres.md).
 * Used on a read that finds no bytes in the database (lib/server/files/store.ts) and by
 * `npm run files:move-to-db` for all of them at once.
 */

const KEY = /^[0-9a-f-]{36}$/;

/** The old upload folder, from the working directory (lib/env.ts UPLOAD_DIR). */
export function legacyUploadDir(setting = process.env.UPLOAD_DIR || ".data/uploads"): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), setting);
}

/**
 * Moves one file from the old folder into StoredFileContent and returns its bytes, or null when
 * the folder has no such file. Two instances moving the same file at once both succeed: the
 * second insert is skipped, and the file is removed only once its row is stored.
 */
export async function moveDiskUpload(client: Pick<PrismaClient, "storedFileContent">, dir: string, storageKey: string): Promise<Buffer | null> {
  if (!KEY.test(storageKey)) return null;
  const file = path.join(dir, storageKey);
  const bytes = await fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  if (!bytes) return null;
  await client.storedFileContent.createMany({ data: [{ storageKey, bytes: new Uint8Array(bytes) }], skipDuplicates: true });
  await fs.rm(file, { force: true });
  return bytes;
}

/** Moves every file of the old folder that has a StoredFile row and no stored bytes yet. */
export async function moveAllDiskUploads(
  client: Pick<PrismaClient, "storedFile" | "storedFileContent">,
  dir: string,
): Promise<{ moved: number; missing: string[] }> {
  const rows = await client.storedFile.findMany({ where: { content: null }, select: { storageKey: true } });
  let moved = 0;
  const missing: string[] = [];
  for (const { storageKey } of rows) {
    if (await moveDiskUpload(client, dir, storageKey)) moved += 1;
    else missing.push(storageKey);
  }
  return { moved, missing };
}
