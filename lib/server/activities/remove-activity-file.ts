import "server-only";
import type { Step } from "@/lib/forms/step";
import type { RemoveActivityFileInput } from "@/lib/schemas/bloc-activities";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ACTIVITY_FORBIDDEN, activityScope } from "./internal/activity-scope";

const NOT_FOUND = "Không tìm thấy tệp này của hoạt động (có thể đã được xoá).";

/** Removes a file attached to an activity, its bytes with it (same people as attaching one; confirmed first). Audited. */
export async function removeActivityFile(input: RemoveActivityFileInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const file = await db().storedFile.findUnique({ where: { id: input.fileId }, select: { id: true, activityId: true, originalName: true } });
  // Only an activity's files are removed here; another record's file is not found through this door.
  if (!file?.activityId) throw new AppError("NOT_FOUND", NOT_FOUND);
  const activity = await activityScope(file.activityId);
  authorize(user, ["activity:manage", "activity:edit:own"], activity, { notFound: NOT_FOUND, forbidden: ACTIVITY_FORBIDDEN });
  stopIfChecking(step);
  await db().$transaction(async (tx) => {
    // The bytes (StoredFileContent) go with the row (onDelete: Cascade).
    const { count } = await tx.storedFile.deleteMany({ where: { id: file.id, activityId: activity.id } });
    if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
    await writeAudit(tx, {
      actorId: user.userId,
      action: "activity.file.remove",
      entity: "BlocActivity",
      entityId: activity.id,
      blocId: activity.blocId,
      before: { activity: activity.title, files: [file.originalName] },
    });
  });
}
