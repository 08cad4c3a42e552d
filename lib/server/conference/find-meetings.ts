import "server-only";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { toVoteRow, VOTE_SELECT, type VoteRow } from "./vote-row";

export interface MeetingRow {
  id: string;
  kind: string;
  heldOn: string;
  place: string;
  chairName: string;
  secretaryName: string | null;
  agenda: string[];
  notes: string | null;
  attendance: { present: number; represented: number; absent: number };
  votes: VoteRow[];
}

export interface MeetingOverview {
  memberCount: number;
  meetings: MeetingRow[];
}

/**
 * The cycle's meetings in date order with attendance counts and votes. A
 * vote's counts appear only once it is CLOSED (vote-row.ts). Three queries.
 */
export async function findMeetings(blocId: string, year: number): Promise<MeetingOverview> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const [meetings, memberCount] = await Promise.all([
    db().meeting.findMany({
      where: { cycle: { blocId, year } },
      select: {
        id: true,
        kind: true,
        heldOn: true,
        place: true,
        chairName: true,
        secretaryName: true,
        agenda: true,
        notes: true,
        attendances: { select: { status: true } },
        votes: { select: VOTE_SELECT, orderBy: [{ round: "asc" }, { id: "asc" }] },
      },
      orderBy: [{ heldOn: "asc" }, { createdAt: "asc" }],
    }),
    db().membership.count({ where: { blocId, year } }),
  ]);

  // Only how many voted, and only for closed votes (docs/decisions/0006-ballot-secrecy.md).
  const closedIds = meetings.flatMap((m) => m.votes.filter((v) => v.status === "CLOSED").map((v) => v.id));
  const rollCounts = closedIds.length
    ? await db().voterRollEntry.groupBy({ by: ["voteId"], where: { voteId: { in: closedIds } }, _count: { _all: true } })
    : [];
  const voted = new Map(rollCounts.map((r) => [r.voteId, r._count._all]));

  return {
    memberCount,
    meetings: meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      heldOn: isoDay(m.heldOn),
      place: m.place,
      chairName: m.chairName,
      secretaryName: m.secretaryName,
      agenda: m.agenda,
      notes: m.notes,
      attendance: {
        present: m.attendances.filter((a) => a.status === "PRESENT").length,
        represented: m.attendances.filter((a) => a.status === "REPRESENTED").length,
        absent: m.attendances.filter((a) => a.status === "ABSENT").length,
      },
      votes: m.votes.map((v) => toVoteRow(v, voted.get(v.id) ?? 0)),
    })),
  };
}
