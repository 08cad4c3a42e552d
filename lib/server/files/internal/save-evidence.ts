import "server-only";
import { checkUpload } from "@/lib/domain/file-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { saveUpload } from "../save-upload";

/**
 * Evidence attached to a progress row, a score entry or an objection. Every file is checked
 * by content and size before anything is written, so one bad file refuses the
 * whole save with a message naming it.
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
 * Stores the files inside the caller's transaction, linked to their owner: if the transaction
 * does not commit, neither their rows nor their bytes remain. Returns the stored names.
 */
export async function storeEvidence(
  tx: Prisma.TransactionClient,
  files: readonly File[],
  owner: { blocId: string; uploadedById: string; link: { progressId: string } | { scoreEntryId: string } | { objectionId: string } },
): Promise<string[]> {
  const names: string[] = [];
  for (const file of files) {
    const saved = await saveUpload(tx, file, owner);
    names.push(saved.originalName);
  }
  return names;
}
