import "server-only";
import { transition } from "@/lib/domain/pledge";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDay } from "@/lib/format";
import type { SigningMeetingInput } from "@/lib/schemas/pledge";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { pledgeScope } from "@/lib/server/authz/scopes";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { PLEDGE_MANAGERS_ONLY, PLEDGE_NOT_FOUND } from "./pledge-messages";

type Tx = Prisma.TransactionClient;

/**
 * Records the signing conference of a pledge version (date, place, chair and
 * which members were present) as a PLEDGE_SIGNING meeting with attendance,
 * and links it to the version. The meeting already linked, or the cycle's
 * meeting the form was filled from, is updated, unless a signed version
 * refers to it: that record stays as it was and a new meeting is created.
 */
export async function recordSigningMeeting(input: SigningMeetingInput): Promise<void> {
  const user = await requireUser();
  const pledge = await pledgeScope(input.pledgeId);
  authorize(user, "pledge:manage", pledge, { notFound: PLEDGE_NOT_FOUND, forbidden: PLEDGE_MANAGERS_ONLY });
  const members = await db().membership.findMany({ where: { blocId: pledge.blocId, year: pledge.year }, select: { agencyId: true } });
  const memberIds = new Set(members.map((m) => m.agencyId));
  if (input.presentAgencyIds.some((id) => !memberIds.has(id))) {
    throw new AppError("INVALID_INPUT", "Vui lòng kiểm tra lại các trường được đánh dấu.", {
      presentAgencyIds: [`Chỉ chọn cơ quan thành viên của khối năm ${pledge.year}.`],
    });
  }
  const present = new Set(input.presentAgencyIds);
  await db().$transaction(async (tx) => {
    await requireOpenPhase(tx, pledge.cycleId, "PLEDGE_SIGNING");
    const current = await tx.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { status: true, signingMeetingId: true } });
    const t = transition(current.status, { type: "RECORD_MEETING" });
    if (!t.ok) throw new AppError("CONFLICT", t.reason);

    const reusable = await findReusableMeeting(tx, pledge.cycleId, pledge.id, current.signingMeetingId ?? input.meetingId);
    const before = reusable && {
      heldOn: formatDay(reusable.heldOn),
      place: reusable.place,
      chairName: reusable.chairName,
      present: presentIds(reusable.attendances),
    };
    const fields = { heldOn: input.heldOn, place: input.place, chairName: input.chairName };
    const meeting = reusable
      ? await tx.meeting.update({ where: { id: reusable.id }, data: fields })
      : await tx.meeting.create({ data: { cycleId: pledge.cycleId, kind: "PLEDGE_SIGNING", agenda: [], ...fields } });
    const old = new Map((reusable?.attendances ?? []).map((a) => [a.agencyId, a]));
    await tx.attendance.deleteMany({ where: { meetingId: meeting.id } });
    await tx.attendance.createMany({
      data: [...memberIds].map((agencyId) => {
        const prior = old.get(agencyId);
        // A member sent as "represented" stays so; the form only says present or not.
        if (present.has(agencyId))
          return prior?.status === "REPRESENTED"
            ? { meetingId: meeting.id, agencyId, status: "REPRESENTED" as const, representativeName: prior.representativeName }
            : { meetingId: meeting.id, agencyId, status: "PRESENT" as const };
        return { meetingId: meeting.id, agencyId, status: "ABSENT" as const, absenceReason: prior?.status === "ABSENT" ? prior.absenceReason : null };
      }),
    });
    if (current.signingMeetingId !== meeting.id) await tx.pledge.update({ where: { id: pledge.id }, data: { signingMeetingId: meeting.id } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: reusable ? "pledge.signing-meeting.update" : "pledge.signing-meeting.create",
      entity: "Meeting",
      entityId: meeting.id,
      blocId: pledge.blocId,
      before,
      after: {
        pledgeId: pledge.id,
        version: pledge.version,
        heldOn: formatDay(input.heldOn),
        place: input.place,
        chairName: input.chairName,
        present: [...present].sort(),
      },
    });
  });
}

async function findReusableMeeting(tx: Tx, cycleId: string, pledgeId: string, meetingId: string | null) {
  if (!meetingId) return null;
  const meeting = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      cycleId: true,
      kind: true,
      heldOn: true,
      place: true,
      chairName: true,
      attendances: true,
      pledges: { select: { id: true, status: true } },
    },
  });
  if (!meeting || meeting.cycleId !== cycleId || meeting.kind !== "PLEDGE_SIGNING") return null;
  const isHistory = meeting.pledges.some((p) => p.id !== pledgeId && (p.status === "LOCKED" || p.status === "SUPERSEDED"));
  return isHistory ? null : meeting;
}

function presentIds(attendances: { agencyId: string; status: string }[]): string[] {
  return attendances
    .filter((a) => a.status !== "ABSENT")
    .map((a) => a.agencyId)
    .sort();
}
