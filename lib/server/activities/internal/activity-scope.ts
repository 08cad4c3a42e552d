import "server-only";
import { db } from "@/lib/server/db";

/** The NOT_FOUND message of an activity that is missing or out of reach. */
export const ACTIVITY_NOT_FOUND = "Không tìm thấy hoạt động này.";
export const ACTIVITY_FORBIDDEN = "Chỉ Thư ký khối, Trưởng khối hoặc cơ quan tổ chức hoạt động được sửa hoạt động này.";

/** Where an activity belongs: its cycle, bloc, year and organising agency (read from the database). */
export async function activityScope(activityId: string) {
  const row = await db().blocActivity.findUnique({
    where: { id: activityId },
    select: { id: true, title: true, version: true, organiserId: true, cycle: { select: { id: true, blocId: true, year: true } } },
  });
  return row && { ...row, blocId: row.cycle.blocId, agencyId: row.organiserId };
}

/** Whether an agency is a member of the bloc in that year (an organiser or a participant must be). */
export async function isMember(blocId: string, agencyId: string, year: number): Promise<boolean> {
  const member = await db().membership.findUnique({ where: { blocId_agencyId_year: { blocId, agencyId, year } }, select: { id: true } });
  return member !== null;
}
