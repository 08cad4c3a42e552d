import "server-only";
import type { AttachActivityFilesInput } from "@/lib/schemas/bloc-activities";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { checkEvidence } from "@/lib/server/files/internal/save-evidence";
import { saveUpload } from "@/lib/server/files/save-upload";
import { ACTIVITY_FORBIDDEN, ACTIVITY_NOT_FOUND, activityScope } from "./internal/activity-scope";

/**
 * Attaches files to an activity: its plan, the scan of its result notice, photos (PDF, JPEG or PNG
 * of at most 10 MB each, told by their content). Written by those who edit the activity; every
 * file is checked before any is stored, and they are stored with the audit row in one transaction
 * (docs/decisions/0040). Read by every reader of the bloc (lib/server/files/get-file).
 */
export async function attachActivityFiles(input: AttachActivityFilesInput): Promise<{ names: string[] }> {
  const user = await requireUser();
  const activity = await activityScope(input.activityId);
  authorize(user, ["activity:manage", "activity:edit:own"], activity, { notFound: ACTIVITY_NOT_FOUND, forbidden: ACTIVITY_FORBIDDEN });
  await checkEvidence(input.files);
  return db().$transaction(async (tx) => {
    const names: string[] = [];
    for (const file of input.files) {
      const saved = await saveUpload(tx, file, { blocId: activity.blocId, uploadedById: user.userId, link: { activityId: activity.id } });
      names.push(saved.originalName);
    }
    await writeAudit(tx, {
      actorId: user.userId,
      action: "activity.file.add",
      entity: "BlocActivity",
      entityId: activity.id,
      blocId: activity.blocId,
      after: { activity: activity.title, files: names },
    });
    return { names };
  });
}
