import "server-only";
import type { ActivityDocData } from "@/lib/documents/activity-docx";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ACTIVITY_NOT_FOUND } from "./internal/activity-scope";

/**
 * One activity of the bloc-year with its participants, as its plan and result notice are drawn
 * (lib/documents/activity-docx.ts, docs/decisions/0040). Every reader of the bloc, as the page;
 * an activity of another bloc or year is NOT_FOUND. The linked criterion is named from the year's
 * latest table (a code it no longer has is left out). Four queries.
 */
export async function getActivityDocument(blocId: string, year: number, activityId: string): Promise<ActivityDocData> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const activity = await db().blocActivity.findFirst({
    where: { id: activityId, cycle: { blocId, year } },
    select: {
      cycleId: true,
      kind: true,
      title: true,
      startsOn: true,
      endsOn: true,
      description: true,
      criterionCode: true,
      organiser: { select: { name: true } },
      participants: {
        orderBy: { createdAt: "asc" },
        select: { personName: true, result: true, prize: true, points: true, agency: { select: { name: true } } },
      },
    },
  });
  if (!activity) throw new AppError("NOT_FOUND", ACTIVITY_NOT_FOUND);
  const [letterhead, criterion] = await Promise.all([
    blocLetterhead(blocId, year),
    activity.criterionCode
      ? db().criterion.findFirst({
          where: { code: activity.criterionCode, table: { cycleId: activity.cycleId } },
          orderBy: { table: { version: "desc" } },
          select: { code: true, name: true },
        })
      : null,
  ]);
  if (!letterhead) throw new AppError("NOT_FOUND");
  return {
    year,
    letterhead,
    kind: activity.kind,
    title: activity.title,
    organiser: activity.organiser.name,
    startsOn: isoDay(activity.startsOn),
    endsOn: activity.endsOn ? isoDay(activity.endsOn) : null,
    description: activity.description,
    criterion,
    participants: activity.participants.map((p) => ({
      agency: p.agency.name,
      personName: p.personName,
      result: p.result,
      prize: p.prize,
      points: p.points === null ? null : p.points.toNumber(),
    })),
  };
}
