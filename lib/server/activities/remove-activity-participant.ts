import "server-only";
import type { RemoveActivityParticipantInput } from "@/lib/schemas/bloc-activities";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ACTIVITY_FORBIDDEN, activityScope } from "./internal/activity-scope";

const NOT_FOUND = "Không tìm thấy người tham gia này (có thể đã được xoá).";

/** Removes a participant from an activity (same people as adding one). */
export async function removeActivityParticipant(input: RemoveActivityParticipantInput): Promise<void> {
  const user = await requireUser();
  const participant = await db().blocActivityParticipant.findUnique({
    where: { id: input.participantId },
    select: { id: true, activityId: true, agencyId: true, personName: true, result: true, prize: true, points: true },
  });
  if (!participant) throw new AppError("NOT_FOUND", NOT_FOUND);
  const activity = await activityScope(participant.activityId);
  authorize(user, ["activity:manage", "activity:edit:own"], activity, { notFound: NOT_FOUND, forbidden: ACTIVITY_FORBIDDEN });
  await db().$transaction(async (tx) => {
    const { count } = await tx.blocActivityParticipant.deleteMany({ where: { id: participant.id } });
    if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
    await tx.blocActivity.update({ where: { id: activity.id }, data: { version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "activity.participant.remove",
      entity: "BlocActivityParticipant",
      entityId: participant.id,
      blocId: activity.blocId,
      before: { activity: activity.title, ...participant },
    });
  });
}
