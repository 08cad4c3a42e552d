import "server-only";
import crypto from "node:crypto";
import { checkUpload, safeFileName } from "@/lib/domain/file-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { putFileBytes } from "./store";

export interface SavedFile {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
}

/**
 * Checks an upload by its content and size and records it under a random key, its bytes with it
 * (lib/server/files/store.ts), all inside the use case's transaction: a refused or failed
 * transaction keeps neither the row nor the bytes.
 */
export async function saveUpload(
  tx: Prisma.TransactionClient,
  file: File,
  owner: {
    blocId: string;
    uploadedById: string;
    link?: Partial<Pick<Prisma.StoredFileUncheckedCreateInput, "scoreEntryId" | "progressId" | "objectionId" | "roleModelId" | "activityId">>;
  },
): Promise<SavedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkUpload(bytes.byteLength, bytes.subarray(0, 16));
  if (!check.ok) throw new AppError("INVALID_INPUT", check.message, { file: [check.message] });
  const storageKey = crypto.randomUUID();
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
  await putFileBytes(tx, storageKey, bytes);
  return row;
}
