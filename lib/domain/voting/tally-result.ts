/**
 * What a count produces and what it takes: plain JSON, stored in Vote.result, from which the
 * minutes are built. The rules of the count are in tally.ts.
 */
import type { AttendanceInput, BallotCounts, BlankBallots, CandidateInput, ThresholdBase, TieRule, VoteKind, VoteMethod, VoteRules } from "./types";

export type TallyOutcome = "DECIDED" | "TIE" | "FAILED" | "NO_QUORUM" | "INVALID_COUNTS";
export type CandidateStatus = "SELECTED" | "TIED" | "NOT_SELECTED";

export interface CandidateTally {
  candidateId: string;
  agencyId: string | null;
  label: string;
  /** Ballot order, from 1. */
  order: number;
  votes: number;
  /** Valid ballots that did not mark this candidate (blank ones included). */
  notFor: number;
  /** votes / members summoned, %, 2 decimals: the column the minutes show. */
  pctOfAllMembers: number | null;
  /** votes / threshold base, %, 2 decimals. */
  pctOfBase: number | null;
  meetsThreshold: boolean;
  /** Competition rank by votes (equal votes share a rank). */
  rank: number;
  status: CandidateStatus;
}

export interface RunoffPlan {
  round: number;
  /** In ballot order. */
  candidateIds: string[];
  seats: number;
  maxChoices: number;
  /** Why, in Vietnamese (for the minutes). */
  reason: string;
}

export interface TallyResult {
  version: 1;
  kind: VoteKind;
  method: VoteMethod;
  round: number;
  rules: {
    quorumPct: number;
    thresholdPct: number;
    thresholdStrict: boolean;
    thresholdBase: ThresholdBase;
    candidateMayVote: boolean;
    maxChoices: number;
    tieRule: TieRule;
    seats: number;
    blankBallots: BlankBallots;
  };
  members: {
    summoned: number;
    present: number;
    represented: number;
    absent: number;
    /** Summoned / present members with a vote in this vote (candidates may be left out). */
    votingMembers: number;
    votingPresent: number;
    /** Candidate agencies left off the voter list (candidateMayVote false). */
    excludedCandidates: number;
  };
  quorum: { pct: number; presentPct: number | null; reached: boolean };
  threshold: { pct: number; strict: boolean; base: ThresholdBase; baseCount: number; text: string };
  ballots: { issued: number; returned: number; valid: number; invalid: number; blank: number | null };
  /** In ballot order. */
  candidates: CandidateTally[];
  outcome: TallyOutcome;
  /** Selected candidate ids, most votes first. */
  winners: string[];
  /** Candidates tied across the last seat (outcome TIE), in ballot order. */
  tied: string[];
  /** Seats nobody took (a tie's seats included). */
  unfilledSeats: number;
  /** Vietnamese, for the minutes and the page. */
  reasons: string[];
  runoff: RunoffPlan | null;
}

export interface TallyInput {
  rules: VoteRules;
  attendance: readonly AttendanceInput[];
  /** In ballot order. */
  candidates: readonly CandidateInput[];
  counts: BallotCounts;
}
