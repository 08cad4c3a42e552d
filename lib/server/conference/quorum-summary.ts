import "server-only";
import { checkQuorum, summariseAttendance } from "@/lib/domain/voting/quorum";
import { formatNumber } from "@/lib/format";

export interface ConferenceQuorum {
  members: number;
  /** PRESENT + REPRESENTED. */
  present: number;
  represented: number;
  absent: number;
  /** Members without an attendance row yet (counted as not present). */
  unrecorded: number;
  quorumPct: number;
  presentPct: number | null;
  reached: boolean;
  /** "Có mặt 4/5 cơ quan — đủ số lượng" */
  line: string;
}

/** The quorum of the conference from the pure rule: every member is summoned; a member not yet recorded is not present. */
export function conferenceQuorum(
  memberIds: readonly string[],
  rows: readonly { agencyId: string; status: "PRESENT" | "REPRESENTED" | "ABSENT" }[],
  quorumPct: number,
): ConferenceQuorum {
  const byAgency = new Map(rows.map((r) => [r.agencyId, r.status]));
  const attendance = memberIds.map((agencyId) => ({ agencyId, status: byAgency.get(agencyId) ?? ("ABSENT" as const) }));
  const check = checkQuorum(attendance, quorumPct);
  const summary = summariseAttendance(attendance);
  const unrecorded = memberIds.filter((id) => !byAgency.has(id)).length;
  return {
    members: memberIds.length,
    present: check.present,
    represented: summary.represented,
    absent: summary.absent - unrecorded,
    unrecorded,
    quorumPct,
    presentPct: check.presentPct,
    reached: check.reached,
    line: `Có mặt ${formatNumber(check.present)}/${formatNumber(memberIds.length)} cơ quan — ${check.reached ? "đủ số lượng" : "không đủ số lượng"}`,
  };
}
