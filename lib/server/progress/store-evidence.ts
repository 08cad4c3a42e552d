import "server-only";
import { checkUpload } from "@/lib/domain/file-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { saveUpload } from "@/lib/server/files/save-upload";

/**
 * Checks every evidence file by content and size before anything is written,
 * so one bad file refuses the whole save with a message naming it.
 */
export async function checkEvidence(files: readonly File[]): Promise<void> {
  for (const file of files) {
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const check = checkUpload(file.size, head);
    if (!check.ok) {
      const message = `${file.name || "Tệp"}: ${check.message}`;
      throw new AppError("INVALID_INPUT", message, { files: [message] });
    }
  }
}

/**
 * Stores the files linked to a progress row, inside the caller's transaction.
 * Each stored blob's key goes into `stored` at once, so the caller can remove
 * the bytes if the transaction does not commit.
 */
export async function storeEvidence(
  tx: Prisma.TransactionClient,
  files: readonly File[],
  owner: { blocId: string; uploadedById: string; progressId: string },
  stored: string[],
): Promise<string[]> {
  const names: string[] = [];
  for (const file of files) {
    const saved = await saveUpload(tx, file, { blocId: owner.blocId, uploadedById: owner.uploadedById, link: { progressId: owner.progressId } });
    const row = await tx.storedFile.findUniqueOrThrow({ where: { id: saved.id }, select: { storageKey: true } });
    stored.push(row.storageKey);
    names.push(saved.originalName);
  }
  return names;
}
