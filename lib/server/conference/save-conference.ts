import "server-only";
import { isoDay } from "@/lib/format";
import type { SaveConferenceInput } from "@/lib/schemas/conference";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { meetingFingerprint } from "./fingerprint";
import { MEETING_MANAGERS_ONLY, staleConference } from "./conference-messages";

const snapshot = (m: { heldOn: Date; place: string; chairName: string; secretaryName: string | null; agenda: string[]; notes: string | null }) => ({
  heldOn: isoDay(m.heldOn),
  place: m.place,
  chairName: m.chairName,
  secretaryName: m.secretaryName,
  agenda: m.agenda,
  notes: m.notes,
});

/**
 * The secretary or chair records (or edits) the cycle's year-end conference: date, place, chair,
 * secretary, agenda and notes, during the CONFERENCE phase. One YEAR_END_CONFERENCE per cycle:
 * creating a second one is a CONFLICT (the cycle row is locked, so two first saves cannot both
 * create). An edit names the fingerprint it edited; a changed record is stale.
 */
export async function saveConference(input: SaveConferenceInput): Promise<{ meetingId: string; version: string }> {
  const user = await requireUser();
  const cycle = await db().cycle.findUnique({ where: { id: input.cycleId }, select: { id: true, blocId: true, year: true } });
  if (!cycle) throw new AppError("NOT_FOUND", "Không tìm thấy năm thi đua này.");
  authorize(user, "meeting:manage", cycle, { forbidden: MEETING_MANAGERS_ONLY });

  return db().$transaction(async (tx) => {
    await requireOpenPhase(tx, cycle.id, "CONFERENCE");
    await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${cycle.id} FOR UPDATE`;
    const existing = await tx.meeting.findFirst({
      where: { cycleId: cycle.id, kind: "YEAR_END_CONFERENCE" },
      orderBy: { createdAt: "asc" },
      select: { id: true, heldOn: true, place: true, chairName: true, secretaryName: true, agenda: true, notes: true },
    });
    const data = {
      heldOn: input.heldOn,
      place: input.place,
      chairName: input.chairName,
      secretaryName: input.secretaryName,
      agenda: input.agenda,
      notes: input.notes,
    };

    if (!input.meetingId) {
      if (existing)
        throw new AppError("CONFLICT", `Hội nghị tổng kết năm ${cycle.year} đã được ghi nhận. Trang đang hiển thị thông tin đã lưu; vui lòng sửa trên đó.`);
      const created = await tx.meeting.create({ data: { cycleId: cycle.id, kind: "YEAR_END_CONFERENCE", ...data }, select: { id: true } });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "conference.create",
        entity: "Meeting",
        entityId: created.id,
        blocId: cycle.blocId,
        after: { year: cycle.year, ...snapshot(data) },
      });
      return { meetingId: created.id, version: meetingFingerprint(data) };
    }

    if (!existing || existing.id !== input.meetingId) throw new AppError("NOT_FOUND", "Không tìm thấy hội nghị tổng kết này.");
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${existing.id} FOR UPDATE`;
    const current = await tx.meeting.findUniqueOrThrow({
      where: { id: existing.id },
      select: { heldOn: true, place: true, chairName: true, secretaryName: true, agenda: true, notes: true },
    });
    if (meetingFingerprint(current) !== input.version) throw staleConference();
    await tx.meeting.update({ where: { id: existing.id }, data });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "conference.update",
      entity: "Meeting",
      entityId: existing.id,
      blocId: cycle.blocId,
      before: snapshot(current),
      after: snapshot(data),
    });
    return { meetingId: existing.id, version: meetingFingerprint(data) };
  });
}
