import "server-only";
import type { AttendanceInput, CandidateInput, TallyResult, VoteRules } from "@/lib/domain/voting";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Loading a vote with what its rules need (meeting, cycle, bloc, attendance, candidates), and
 * turning the rows into the plain data of lib/domain/voting. Shared by the vote use cases.
 */
export const VOTE_CONTEXT_SELECT = {
  id: true,
  meetingId: true,
  kind: true,
  method: true,
  title: true,
  status: true,
  quorumPct: true,
  thresholdPct: true,
  thresholdBase: true,
  candidateMayVote: true,
  maxChoices: true,
  tieRule: true,
  round: true,
  parentVoteId: true,
  committee: true,
  awardFormId: true,
  ballotsIssued: true,
  ballotsReturned: true,
  ballotsValid: true,
  ballotsInvalid: true,
  openedAt: true,
  closedAt: true,
  result: true,
  awardForm: { select: { name: true } },
  meeting: {
    select: {
      id: true,
      kind: true,
      heldOn: true,
      place: true,
      chairName: true,
      secretaryName: true,
      cycleId: true,
      cycle: { select: { id: true, year: true, blocId: true, rules: true, bloc: { select: { name: true, code: true } } } },
      attendances: { select: { agencyId: true, status: true, representativeName: true, agency: { select: { name: true } } } },
    },
  },
  candidates: {
    select: { id: true, agencyId: true, personName: true, order: true, paperVotes: true, agency: { select: { name: true } } },
    orderBy: { order: "asc" },
  },
} satisfies Prisma.VoteSelect;

export type VoteContext = Prisma.VoteGetPayload<{ select: typeof VOTE_CONTEXT_SELECT }>;

export function loadVoteContext(tx: Prisma.TransactionClient, voteId: string): Promise<VoteContext | null> {
  return tx.vote.findUnique({ where: { id: voteId }, select: VOTE_CONTEXT_SELECT });
}

export function candidateLabel(c: { personName: string | null; agency: { name: string } | null }): string {
  if (c.personName && c.agency) return `${c.personName} (${c.agency.name})`;
  return c.personName ?? c.agency?.name ?? "—";
}

export function attendanceOf(v: VoteContext): AttendanceInput[] {
  return v.meeting.attendances.map((a) => ({ agencyId: a.agencyId, status: a.status }));
}

export function candidatesOf(v: VoteContext): CandidateInput[] {
  return v.candidates.map((c) => ({ id: c.id, agencyId: c.agencyId, label: candidateLabel(c) }));
}

export function rulesOf(v: VoteContext): VoteRules {
  return {
    kind: v.kind,
    method: v.method,
    quorumPct: Number(v.quorumPct),
    thresholdPct: Number(v.thresholdPct),
    thresholdBase: v.thresholdBase,
    candidateMayVote: v.candidateMayVote,
    maxChoices: v.maxChoices,
    tieRule: v.tieRule,
    round: v.round,
  };
}

export function storedResult(v: { result: Prisma.JsonValue | null }): TallyResult | null {
  const r = v.result as unknown as TallyResult | null;
  return r && typeof r === "object" && r.version === 1 ? r : null;
}

export function voteBlocId(v: VoteContext): string {
  return v.meeting.cycle.blocId;
}
