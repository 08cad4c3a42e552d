import "server-only";
import type { ActivityPoints } from "@/lib/domain/bloc-activity";
import { db } from "@/lib/server/db";

/**
 * One agency's participant rows with points in the year's activities linked to a criterion, in
 * the order the activities happened: what `activityProposals` sums into the self-score proposal
 * (docs/decisions/0038, 0040). One query whatever the number of activities. Checks nothing: the
 * caller has authorized the sheet.
 */
export async function findActivityPoints(cycleId: string, agencyId: string): Promise<ActivityPoints[]> {
  const rows = await db().blocActivityParticipant.findMany({
    where: { agencyId, points: { not: null }, activity: { cycleId, criterionCode: { not: null } } },
    orderBy: [{ activity: { startsOn: "asc" } }, { activity: { createdAt: "asc" } }, { createdAt: "asc" }],
    select: { agencyId: true, points: true, activity: { select: { id: true, title: true, criterionCode: true } } },
  });
  return rows.map((r) => ({
    activityId: r.activity.id,
    title: r.activity.title,
    criterionCode: r.activity.criterionCode,
    agencyId: r.agencyId,
    points: r.points === null ? null : r.points.toNumber(),
  }));
}
