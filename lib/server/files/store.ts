import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { legacyUploadDir, moveDiskUpload } from "@/lib/db/disk-uploads";
import { appEnv } from "@/lib/env";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * Where the bytes of uploaded files live: in Postgres (StoredFileContent), so that every app
 * instance on the same database reads what another stored (docs/decisions/0027-uploaded-files-in-postgres.md).
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
 * the database on its first read (a request reading it at the same time may find it already
 * moved); one found nowhere is NOT_FOUND.
 */
export async function readFileBytes(storageKey: string): Promise<Uint8Array> {
  const bytes =
    (await storedBytes(storageKey)) ?? (await moveDiskUpload(db(), legacyUploadDir(appEnv().UPLOAD_DIR), storageKey)) ?? (await storedBytes(storageKey));
  if (!bytes) throw new AppError("NOT_FOUND");
  return bytes;
}

async function storedBytes(storageKey: string): Promise<Uint8Array | null> {
  const row = await db().storedFileContent.findUnique({ where: { storageKey }, select: { bytes: true } });
  return row?.bytes ?? null;
}
