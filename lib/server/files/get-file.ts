import "server-only";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { readStoredBytes } from "./save-upload";

/**
 * A stored file for download, only to users of its bloc. Evidence of an
 * agency's score entry or progress is further limited to that agency unless
 * the user may read every agency's records.
 */
export async function getFile(id: string) {
  const user = await requireUser();
  const file = await db().storedFile.findUnique({
    where: { id },
    select: {
      blocId: true,
      originalName: true,
      mimeType: true,
      storageKey: true,
      scoreEntry: { select: { sheet: { select: { agencyId: true } } } },
      progress: { select: { agencyId: true } },
    },
  });
  if (!file || !can(user, "bloc:read", { blocId: file.blocId })) throw new AppError("NOT_FOUND");
  const scoreAgency = file.scoreEntry?.sheet.agencyId;
  if (scoreAgency && !can(user, "score:read-all", { blocId: file.blocId }) && !can(user, "score:edit:own", { blocId: file.blocId, agencyId: scoreAgency })) {
    throw new AppError("NOT_FOUND");
  }
  const progressAgency = file.progress?.agencyId;
  if (progressAgency && !can(user, "progress:read-all", { blocId: file.blocId }) && !can(user, "progress:edit:own", { blocId: file.blocId, agencyId: progressAgency })) {
    throw new AppError("NOT_FOUND");
  }
  return { name: file.originalName, mimeType: file.mimeType, bytes: await readStoredBytes(file.storageKey) };
}
