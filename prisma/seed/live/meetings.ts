// A live year's meetings. Their day follows the calendar of the day the seed first ran, so a
// meeting is found by (cycle, kind), not by its day as prisma/seed/cycle.ts upsertMeeting does: a
// re-run on a later day finds it and leaves it as it was — with its votes, attendance and the
// pledge signed at it — instead of adding a second one.
import type { AttendanceStatus, MeetingKind } from "../../../lib/generated/prisma/client";
import { d, type Tx } from "../util";

export interface LiveMeetingSeed {
  cycleId: string;
  kind: MeetingKind;
  /** ISO day. */
  heldOn: string;
  place: string;
  chairName: string;
  secretaryName: string | null;
  agenda: string[];
  notes?: string | null;
  attendances: { agencyId: string; status?: AttendanceStatus; representativeName?: string | null; absenceReason?: string | null }[];
}

export async function ensureLiveMeeting(tx: Tx, m: LiveMeetingSeed): Promise<string> {
  const [y, mo, day] = m.heldOn.split("-").map(Number);
  const heldOn = d(y!, mo!, day!);
  const found = await tx.meeting.findFirst({ where: { cycleId: m.cycleId, kind: m.kind }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (found) return found.id;
  const meeting = await tx.meeting.create({
    data: {
      cycleId: m.cycleId,
      kind: m.kind,
      heldOn,
      place: m.place,
      chairName: m.chairName,
      secretaryName: m.secretaryName,
      agenda: m.agenda,
      notes: m.notes ?? null,
      isDemoData: true,
      attendances: {
        create: m.attendances.map((a) => ({
          agencyId: a.agencyId,
          status: a.status ?? "PRESENT",
          representativeName: a.representativeName ?? null,
          absenceReason: a.absenceReason ?? null,
        })),
      },
    },
    select: { id: true },
  });
  return meeting.id;
}
