// Shared builders of the tally tests: members, candidates, rules and paper counts.
import { tally, type TallyOutcome, type TallyResult } from "./tally";
import type { AttendanceInput, BallotCounts, CandidateInput, VoteRules } from "./types";

/** Members a1…aN: the first `present` are present, the rest absent. */
export function members(total: number, present = total): AttendanceInput[] {
  return Array.from({ length: total }, (_, i) => ({ agencyId: `a${i + 1}`, status: i < present ? "PRESENT" : "ABSENT" }));
}
/** Candidates c1…cK, candidate i being agency ai. */
export function candidates(count: number): CandidateInput[] {
  return Array.from({ length: count }, (_, i) => ({ id: `c${i + 1}`, agencyId: `a${i + 1}`, label: `Đơn vị ${i + 1}` }));
}
export function rules(over: Partial<VoteRules> = {}): VoteRules {
  return {
    kind: "ELECT_HEAD",
    method: "PAPER",
    quorumPct: 66.67,
    thresholdPct: 50,
    thresholdBase: "ALL_MEMBERS",
    candidateMayVote: true,
    maxChoices: 1,
    tieRule: "RUNOFF",
    round: 1,
    ...over,
  };
}
/** Paper counts: every present member got and returned a ballot, `invalid` of them invalid. */
export function paper(votes: number[], present: number, invalid = 0): BallotCounts {
  return {
    issued: present,
    returned: present,
    valid: present - invalid,
    invalid,
    blank: null,
    votes: Object.fromEntries(votes.map((v, i) => [`c${i + 1}`, v])),
  };
}

export interface Case {
  name: string;
  total: number;
  present?: number;
  votes: number[];
  invalid?: number;
  rules?: Partial<VoteRules>;
  outcome: TallyOutcome;
  winners: string[];
  tied?: string[];
}

export function run(c: Case): TallyResult {
  const present = c.present ?? c.total;
  return tally({
    rules: rules(c.rules),
    attendance: members(c.total, present),
    candidates: candidates(c.votes.length),
    counts: paper(c.votes, present, c.invalid),
  });
}
