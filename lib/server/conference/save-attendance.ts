import "server-only";
import { attendanceRowErrors, type SaveAttendanceInput } from "@/lib/schemas/conference";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { attendanceFingerprint } from "./fingerprint";
import { MEETING_MANAGERS_ONLY, staleAttendance } from "./conference-messages";

const INVALID = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * The secretary or chair saves the whole attendance table of the year-end conference in one
 * transaction: every member agency of the bloc-year exactly once (members only), a reason for
 * each absence, a name for each representative. The table the form was filled from is named by
 * its fingerprint; a changed table is stale. Once a vote of the meeting is open or closed the
 * attendance is what that vote counted, so it can no longer change.
 */
export async function saveAttendance(input: SaveAttendanceInput): Promise<{ version: string }> {
  const user = await requireUser();
  const meeting = await db().meeting.findUnique({
    where: { id: input.meetingId },
    select: { id: true, kind: true, cycleId: true, cycle: { select: { blocId: true, year: true } } },
  });
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy hội nghị này.");
  const { blocId, year } = meeting.cycle;
  authorize(user, "meeting:manage", { blocId }, { forbidden: MEETING_MANAGERS_ONLY });
  if (meeting.kind !== "YEAR_END_CONFERENCE") throw new AppError("INVALID_INPUT", "Chỉ điểm danh hội nghị tổng kết tại đây.");

  const members = await db().membership.findMany({ where: { blocId, year }, select: { agencyId: true, agency: { select: { name: true } } } });
  const memberIds = new Set(members.map((m) => m.agencyId));
  const seen = new Set<string>();
  const errors: Record<string, string[]> = {};
  for (const r of input.rows) {
    if (!memberIds.has(r.agencyId)) errors[`status.${r.agencyId}`] = [`Cơ quan này không phải thành viên của khối năm ${year}.`];
    else if (seen.has(r.agencyId)) errors[`status.${r.agencyId}`] = ["Cơ quan được điểm danh hai lần."];
    seen.add(r.agencyId);
  }
  const missing = members.filter((m) => !seen.has(m.agencyId));
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", INVALID, errors);
  if (missing.length > 0) {
    throw new AppError("INVALID_INPUT", `Chưa điểm danh: ${missing.map((m) => m.agency.name).join("; ")}. Mỗi cơ quan thành viên phải có đúng một dòng.`);
  }
  const rowErrors = attendanceRowErrors(input.rows);
  if (Object.keys(rowErrors).length > 0) throw new AppError("INVALID_INPUT", INVALID, rowErrors);

  // Only the detail that goes with the status is kept.
  const rows = input.rows.map((r) => ({
    agencyId: r.agencyId,
    status: r.status,
    representativeName: r.status === "REPRESENTED" ? r.representativeName!.trim() : null,
    absenceReason: r.status === "ABSENT" ? r.absenceReason!.trim() : null,
  }));

  return db().$transaction(async (tx) => {
    await requireOpenPhase(tx, meeting.cycleId, "CONFERENCE");
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${meeting.id} FOR UPDATE`;
    const before = await tx.attendance.findMany({
      where: { meetingId: meeting.id },
      select: { agencyId: true, status: true, representativeName: true, absenceReason: true },
    });
    if (attendanceFingerprint(before) !== input.version) throw staleAttendance();
    const started = await tx.vote.count({ where: { meetingId: meeting.id, status: { in: ["OPEN", "CLOSED"] } } });
    if (started > 0) throw new AppError("CONFLICT", "Hội nghị đã có cuộc bỏ phiếu đang mở hoặc đã kết thúc: không sửa điểm danh được nữa.");

    await tx.attendance.deleteMany({ where: { meetingId: meeting.id } });
    await tx.attendance.createMany({ data: rows.map((r) => ({ meetingId: meeting.id, ...r })) });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "conference.attendance.save",
      entity: "Meeting",
      entityId: meeting.id,
      blocId,
      before: before.length > 0 ? { attendance: before } : undefined,
      after: { attendance: rows },
    });
    return { version: attendanceFingerprint(rows) };
  });
}
