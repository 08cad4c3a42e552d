import "server-only";
import type { AddActivityParticipantInput } from "@/lib/schemas/bloc-activities";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ACTIVITY_FORBIDDEN, ACTIVITY_NOT_FOUND, activityScope, isMember } from "./internal/activity-scope";

/** Adds a participant (an agency, or one of its people) with the result, prize and points. */
export async function addActivityParticipant(input: AddActivityParticipantInput): Promise<{ id: string }> {
  const user = await requireUser();
  const activity = await activityScope(input.activityId);
  authorize(user, ["activity:manage", "activity:edit:own"], activity, { notFound: ACTIVITY_NOT_FOUND, forbidden: ACTIVITY_FORBIDDEN });
  if (!(await isMember(activity.blocId, input.agencyId, activity.cycle.year)))
    throw new AppError("INVALID_INPUT", `Cơ quan tham gia phải là thành viên của khối trong năm ${activity.cycle.year}.`);
  const data = {
    agencyId: input.agencyId,
    personName: input.personName,
    result: input.result,
    prize: input.prize,
    points: input.points,
  };
  return db().$transaction(async (tx) => {
    const created = await tx.blocActivityParticipant.create({ data: { ...data, activityId: activity.id }, select: { id: true } });
    await tx.blocActivity.update({ where: { id: activity.id }, data: { version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "activity.participant.add",
      entity: "BlocActivityParticipant",
      entityId: created.id,
      blocId: activity.blocId,
      after: { activity: activity.title, ...data },
    });
    return created;
  });
}
