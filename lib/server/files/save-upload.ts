import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { checkUpload, safeFileName } from "@/lib/domain/file-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appEnv } from "@/lib/env";
import { AppError } from "@/lib/server/errors";

export interface SavedFile {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
}

function uploadDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), appEnv().UPLOAD_DIR);
}

/**
 * Checks an upload by its content and size, stores it outside `public` under
 * a random key, and records it. Call inside the use case's transaction; if
 * the transaction fails, `discard` removes the stored bytes.
 */
export async function saveUpload(
  tx: Prisma.TransactionClient,
  file: File,
  owner: { blocId: string; uploadedById: string; link?: Partial<Pick<Prisma.StoredFileUncheckedCreateInput, "scoreEntryId" | "progressId" | "objectionId">> },
): Promise<SavedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkUpload(bytes.byteLength, bytes.subarray(0, 16));
  if (!check.ok) throw new AppError("INVALID_INPUT", check.message, { file: [check.message] });
  const storageKey = crypto.randomUUID();
  await fs.mkdir(uploadDir(), { recursive: true });
  await fs.writeFile(path.join(uploadDir(), storageKey), bytes, { flag: "wx" });
  const row = await tx.storedFile.create({
    data: {
      blocId: owner.blocId,
      uploadedById: owner.uploadedById,
      originalName: safeFileName(file.name || "tep", check.mime),
      mimeType: check.mime,
      sizeBytes: bytes.byteLength,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      ...owner.link,
    },
    select: { id: true, originalName: true, mimeType: true, sizeBytes: true, storageKey: true },
  });
  return row;
}

export async function readStoredBytes(storageKey: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new AppError("NOT_FOUND");
  return fs.readFile(path.join(uploadDir(), storageKey));
}

/** Removes stored bytes whose database row was never committed. */
export async function discardStoredBytes(storageKey: string): Promise<void> {
  await fs.rm(path.join(uploadDir(), storageKey), { force: true });
}
