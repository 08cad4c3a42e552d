import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveUpload } from "@/lib/server/files/save-upload";

/**
 * Stores evidence files linked to a score entry, inside the caller's transaction. Each stored
 * blob's key goes into `stored` at once, so the caller can remove the bytes on rollback.
 */
export async function storeEntryFiles(
  tx: Prisma.TransactionClient,
  files: readonly File[],
  owner: { blocId: string; uploadedById: string; scoreEntryId: string },
  stored: string[],
): Promise<string[]> {
  const names: string[] = [];
  for (const file of files) {
    const saved = await saveUpload(tx, file, { blocId: owner.blocId, uploadedById: owner.uploadedById, link: { scoreEntryId: owner.scoreEntryId } });
    const row = await tx.storedFile.findUniqueOrThrow({ where: { id: saved.id }, select: { storageKey: true } });
    stored.push(row.storageKey);
    names.push(saved.originalName);
  }
  return names;
}
