import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { legacyUploadDir, moveDiskUpload } from "@/lib/db/disk-uploads";
import { appEnv } from "@/lib/env";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * Where the bytes of uploaded files live: in Postgres (StoredFileContent), so that every app
 * instance on the same database reads what another stored (docs/decisions/0025-uploaded-files-in-postgres.md).
 * These two functions are the only ones that touch the bytes; an object store would go here.
 */

/**
 * Stores the bytes of a StoredFile row created in the same transaction: a transaction that does
 * not commit leaves nothing behind, so there is nothing to clean up after a refusal.
 */
export async function putFileBytes(tx: Prisma.TransactionClient, storageKey: string, bytes: Uint8Array): Promise<void> {
  await tx.storedFileContent.create({ data: { storageKey, bytes: new Uint8Array(bytes) } });
}

/**
 * The bytes of a stored file. A file uploaded when files lived on this server's disk is moved into
 * the database on its first read; one found nowhere is NOT_FOUND.
 */
export async function readFileBytes(storageKey: string): Promise<Uint8Array> {
  const row = await db().storedFileContent.findUnique({ where: { storageKey }, select: { bytes: true } });
  if (row) return row.bytes;
  const moved = await moveDiskUpload(db(), legacyUploadDir(appEnv().UPLOAD_DIR), storageKey);
  if (!moved) throw new AppError("NOT_FOUND");
  return moved;
}
