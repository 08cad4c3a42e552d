/**
 * Attendance, quorum and the voter list of a vote (docs/domain/voting.md#quorum; edge case 17: "check quorum before
 * a vote is valid … record both numbers").
 *
 * - Members summoned = every agency with an Attendance row (each member agency has one).
 * - Present = PRESENT + REPRESENTED (an agency that sent a representative takes part and votes).
 * - Quorum: present / summoned reaches quorumPct ("at least", 2 decimals: 66.67 is 2/3).
 * - Voters: the present agencies, minus the candidate agencies when candidateMayVote is false.
 *   Excluded candidates leave the "all members" base too: they have no vote in this vote
 *   (docs/decisions/0008-vote-rules.md).
 */
import { formatNumber } from "@/lib/format";
import { meetsPct, percentOf } from "./percent";
import type { AttendanceInput, CandidateInput } from "./types";

export interface AttendanceSummary {
  summoned: number;
  /** PRESENT + REPRESENTED. */
  present: number;
  represented: number;
  absent: number;
  /** Present agencies in the order given. */
  presentAgencyIds: string[];
  absentAgencyIds: string[];
}

/** One row per agency: a repeated agency counts once (its first row). */
function distinct(attendance: readonly AttendanceInput[]): AttendanceInput[] {
  const seen = new Set<string>();
  return attendance.filter((a) => (seen.has(a.agencyId) ? false : (seen.add(a.agencyId), true)));
}

export function summariseAttendance(attendance: readonly AttendanceInput[]): AttendanceSummary {
  const rows = distinct(attendance);
  const present = rows.filter((a) => a.status !== "ABSENT");
  return {
    summoned: rows.length,
    present: present.length,
    represented: rows.filter((a) => a.status === "REPRESENTED").length,
    absent: rows.length - present.length,
    presentAgencyIds: present.map((a) => a.agencyId),
    absentAgencyIds: rows.filter((a) => a.status === "ABSENT").map((a) => a.agencyId),
  };
}

export interface QuorumCheck {
  summoned: number;
  present: number;
  quorumPct: number;
  /** present / summoned in %, 2 decimals; null when nobody was summoned. */
  presentPct: number | null;
  reached: boolean;
  /** Why not, in Vietnamese; null when reached. */
  message: string | null;
}

export function checkQuorum(attendance: readonly AttendanceInput[], quorumPct: number): QuorumCheck {
  const { summoned, present } = summariseAttendance(attendance);
  const presentPct = percentOf(present, summoned);
  const base = { summoned, present, quorumPct, presentPct };
  if (summoned === 0) {
    return { ...base, reached: false, message: "Chưa có danh sách đơn vị được triệu tập nên chưa tính được số đơn vị tham dự." };
  }
  if (meetsPct(present, summoned, quorumPct, false)) return { ...base, reached: true, message: null };
  return {
    ...base,
    reached: false,
    message:
      `Không đủ số đơn vị tham dự: có mặt ${present}/${summoned} đơn vị (${formatNumber(presentPct)}%), ` + `cần từ ${formatNumber(quorumPct)}% trở lên.`,
  };
}

export interface Electorate {
  /** Summoned agencies that have a vote in this vote (the "all members" base). */
  allMembers: number;
  /** Present agencies that have a vote in this vote (the "present members" base). */
  present: number;
  /** Who may cast, in attendance order. */
  voterAgencyIds: string[];
  /** Summoned candidate agencies left out because candidateMayVote is false. */
  excludedAgencyIds: string[];
}

export function electorate(
  attendance: readonly AttendanceInput[],
  candidates: readonly Pick<CandidateInput, "agencyId">[],
  candidateMayVote: boolean,
): Electorate {
  const rows = distinct(attendance);
  const candidateAgencies = new Set(candidates.map((c) => c.agencyId).filter((id): id is string => id !== null));
  const excluded = candidateMayVote ? [] : rows.filter((a) => candidateAgencies.has(a.agencyId)).map((a) => a.agencyId);
  const voting = rows.filter((a) => !excluded.includes(a.agencyId));
  const voters = voting.filter((a) => a.status !== "ABSENT").map((a) => a.agencyId);
  return { allMembers: voting.length, present: voters.length, voterAgencyIds: voters, excludedAgencyIds: excluded };
}
