import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isAppError } from "@/lib/server/errors";
import { saveUpload } from "@/lib/server/files/save-upload";

/**
 * Stores a signature's scan through saveUpload (content-checked PDF/JPEG/PNG
 * ≤ 10 MB, in the caller's transaction) and returns its row id and storage key.
 * The upload's field error is named after the form's "scan" input.
 */
export async function saveSignatureScan(
  tx: Prisma.TransactionClient,
  file: File,
  owner: { blocId: string; uploadedById: string },
): Promise<{ id: string; storageKey: string }> {
  try {
    const { id, storageKey } = await saveUpload(tx, file, owner);
    return { id, storageKey };
  } catch (e) {
    if (isAppError(e) && e.code === "INVALID_INPUT") throw new AppError("INVALID_INPUT", e.message, { scan: [e.message] });
    throw e;
  }
}
