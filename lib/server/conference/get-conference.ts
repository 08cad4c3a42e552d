import "server-only";
import { can } from "@/lib/domain/permissions";
import { parseYearRules } from "@/lib/domain/year-rules";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { attendanceFingerprint, meetingFingerprint } from "./fingerprint";
import { conferenceQuorum, type ConferenceQuorum } from "./quorum-summary";

export type AttendanceStatus = "PRESENT" | "REPRESENTED" | "ABSENT";

export interface ConferenceAttendanceRow {
  agencyId: string;
  agencyName: string;
  /** null: not recorded yet ("chưa ghi nhận"). */
  status: AttendanceStatus | null;
  representativeName: string | null;
  absenceReason: string | null;
}

export interface ConferenceRecord {
  cycleId: string | null;
  canManage: boolean;
  meeting: {
    id: string;
    heldOn: string;
    place: string;
    chairName: string;
    secretaryName: string | null;
    agenda: string[];
    notes: string | null;
    /** Fingerprint for the edit form. */
    version: string;
  } | null;
  /** Every member agency of the bloc-year, sorted by name. */
  attendance: ConferenceAttendanceRow[];
  attendanceVersion: string;
  quorum: ConferenceQuorum;
}

/**
 * The year-end conference of a bloc-year as any reader of the bloc sees it: the meeting (or null
 * when not recorded yet), one attendance row per member (missing rows have status null) and the
 * quorum from the pure rule (cycle.rules.conference.quorumPct, by default the votes' 66.67). Four queries.
 */
export async function getConference(blocId: string, year: number): Promise<ConferenceRecord> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const [cycle, members, meeting] = await Promise.all([
    db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, rules: true } }),
    db().membership.findMany({ where: { blocId, year }, select: { agencyId: true, agency: { select: { name: true } } } }),
    db().meeting.findFirst({
      where: { cycle: { blocId, year }, kind: "YEAR_END_CONFERENCE" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        heldOn: true,
        place: true,
        chairName: true,
        secretaryName: true,
        agenda: true,
        notes: true,
        attendances: { select: { agencyId: true, status: true, representativeName: true, absenceReason: true } },
      },
    }),
  ]);
  const rows = meeting?.attendances ?? [];
  const byAgency = new Map(rows.map((r) => [r.agencyId, r]));
  const attendance = sortVi(
    members.map((m) => {
      const r = byAgency.get(m.agencyId);
      return {
        agencyId: m.agencyId,
        agencyName: m.agency.name,
        status: r?.status ?? null,
        representativeName: r?.representativeName ?? null,
        absenceReason: r?.absenceReason ?? null,
      };
    }),
    (r) => r.agencyName,
  );
  const memberIds = members.map((m) => m.agencyId);
  return {
    cycleId: cycle?.id ?? null,
    canManage: can(user, "meeting:manage", { blocId }),
    meeting: meeting && {
      id: meeting.id,
      heldOn: isoDay(meeting.heldOn),
      place: meeting.place,
      chairName: meeting.chairName,
      secretaryName: meeting.secretaryName,
      agenda: meeting.agenda,
      notes: meeting.notes,
      version: meetingFingerprint(meeting),
    },
    attendance,
    attendanceVersion: attendanceFingerprint(rows),
    quorum: conferenceQuorum(
      memberIds,
      rows.filter((r) => memberIds.includes(r.agencyId)),
      parseYearRules(cycle?.rules).conference.quorumPct,
    ),
  };
}
