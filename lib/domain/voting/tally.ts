/**
 * Counting a vote (issue 5 "Votes"; domain §4.4, §8 cases 17–19; decisions in
 * docs/decisions/0008-vote-rules.md):
 *
 * - No quorum → the vote fails (NO_QUORUM) whatever the ballots say.
 * - A candidate passes when votes / base reaches thresholdPct, base = all members with a vote,
 *   present members with a vote, or valid ballots; "at least" by default, strictly more for
 *   "quá bán" (thresholdPct 50, or thresholdStrict). A candidate with no vote never passes.
 * - Blank ballots are valid (abstentions) unless the rules say INVALID: they count in the valid
 *   ballots, give nobody a vote, and so count against every candidate on a VALID_BALLOTS base.
 *   Invalid ballots count in "returned" only.
 * - Passing candidates fill the seats by votes; equal votes across the last seat → TIE (the
 *   candidates above it keep their seats) and, per tieRule, a run-off (nextRound).
 *
 * The result is plain JSON: it is stored in Vote.result and the minutes are built from it.
 */
import { formatNumber } from "@/lib/format";
import { validateBallot } from "./ballot";
import { validatePaperCount } from "./paper-count";
import { meetsPct, percentOf } from "./percent";
import { checkQuorum, electorate, summariseAttendance } from "./quorum";
import {
  defaultSeats,
  strictByDefault,
  toTieRule,
  type AttendanceInput,
  type BallotCounts,
  type BlankBallots,
  type CandidateInput,
  type StoredBallot,
  type ThresholdBase,
  type TieRule,
  type VoteKind,
  type VoteMethod,
  type VoteRules,
} from "./types";

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

/** Rounds after which no run-off is planned any more (the chair decides under the bloc rules). */
export const MAX_ROUNDS = 3;

const BASE_TEXT: Record<ThresholdBase, string> = {
  ALL_MEMBERS: "tổng số đơn vị thành viên",
  PRESENT_MEMBERS: "số đơn vị có mặt",
  VALID_BALLOTS: "số phiếu hợp lệ",
};

/** "trên 50% tổng số đơn vị thành viên (quá bán)", "từ 66,67% số phiếu hợp lệ trở lên". */
export function thresholdText(pct: number, strict: boolean, base: ThresholdBase, excludesCandidates = false): string {
  const baseText = BASE_TEXT[base] + (excludesCandidates && base !== "VALID_BALLOTS" ? " có quyền biểu quyết" : "");
  if (strict) return `trên ${formatNumber(pct)}% ${baseText}${pct === 50 ? " (quá bán)" : ""}`;
  return `từ ${formatNumber(pct)}% ${baseText} trở lên`;
}

/**
 * The counts of an electronic vote from its ballot box. A stored ballot that no longer passes
 * validateBallot (a candidate removed, the limit lowered) is invalid; a blank one is valid or
 * invalid as the rules say. issued = present members with a vote (one ballot each).
 */
export function countElectronicBallots(
  ballots: readonly StoredBallot[],
  candidateIds: readonly string[],
  maxChoices: number,
  issued: number,
  blankBallots: BlankBallots = "VALID",
): BallotCounts {
  const votes: Record<string, number> = Object.fromEntries(candidateIds.map((id) => [id, 0]));
  let valid = 0;
  let invalid = 0;
  let blank = 0;
  for (const b of ballots) {
    const check = validateBallot(b.isBlank ? [] : b.choices, candidateIds, maxChoices);
    if (!check.ok || (b.isBlank && b.choices.length > 0)) {
      invalid++;
    } else if (check.isBlank) {
      if (blankBallots === "VALID") {
        valid++;
        blank++;
      } else invalid++;
    } else {
      valid++;
      for (const id of check.choices) votes[id]++;
    }
  }
  return { issued, returned: ballots.length, valid, invalid, blank, votes };
}

/** The paper committee's counts from the Vote and VoteCandidate columns. */
export function countsFromPaper(
  vote: { ballotsIssued: number | null; ballotsReturned: number | null; ballotsValid: number | null; ballotsInvalid: number | null },
  candidates: readonly { id: string; paperVotes: number | null }[],
): BallotCounts {
  return {
    issued: vote.ballotsIssued,
    returned: vote.ballotsReturned,
    valid: vote.ballotsValid,
    invalid: vote.ballotsInvalid,
    blank: null,
    votes: Object.fromEntries(candidates.map((c) => [c.id, c.paperVotes])),
  };
}

function noun(kind: VoteKind): { selected: string; word: string } {
  switch (kind) {
    case "ELECT_HEAD":
    case "ELECT_DEPUTY":
      return { selected: "trúng cử", word: "ứng viên" };
    case "ACCLAIM_LEADER":
      return { selected: "được suy tôn", word: "đơn vị" };
    case "AWARD_PROPOSAL":
      return { selected: "được đề nghị", word: "ứng viên" };
  }
}

export function tally(input: TallyInput): TallyResult {
  const { rules, attendance, candidates, counts } = input;
  const tieRule = toTieRule(rules.tieRule);
  const strict = rules.thresholdStrict ?? strictByDefault(rules.thresholdPct);
  const seats = Math.max(1, Math.floor(rules.seats ?? defaultSeats(rules.kind, rules.maxChoices)));
  const blankBallots = rules.blankBallots ?? "VALID";
  const summary = summariseAttendance(attendance);
  const voters = electorate(attendance, candidates, rules.candidateMayVote);
  const quorum = checkQuorum(attendance, rules.quorumPct);
  const words = noun(rules.kind);
  const reasons: string[] = [];

  const issues = validatePaperCount(counts, { presentVoters: voters.present, maxChoices: rules.maxChoices, candidates });
  const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  const ballots = { issued: n(counts.issued), returned: n(counts.returned), valid: n(counts.valid), invalid: n(counts.invalid), blank: counts.blank };

  const baseCount =
    rules.thresholdBase === "ALL_MEMBERS" ? voters.allMembers : rules.thresholdBase === "PRESENT_MEMBERS" ? voters.present : ballots.valid;
  const rows = candidates.map((c, i) => {
    const votes = n(counts.votes[c.id]);
    return {
      candidateId: c.id,
      agencyId: c.agencyId,
      label: c.label,
      order: i + 1,
      votes,
      notFor: Math.max(0, ballots.valid - votes),
      pctOfAllMembers: percentOf(votes, summary.summoned),
      pctOfBase: percentOf(votes, baseCount),
      meetsThreshold: votes > 0 && meetsPct(votes, baseCount, rules.thresholdPct, strict),
      rank: 1 + candidates.filter((o) => n(counts.votes[o.id]) > votes).length,
      status: "NOT_SELECTED" as CandidateStatus,
    };
  });

  let outcome: TallyOutcome;
  let winners: string[] = [];
  let tied: string[] = [];
  if (issues.length > 0) {
    outcome = "INVALID_COUNTS";
    reasons.push(...issues.map((i) => i.message));
  } else if (!quorum.reached) {
    outcome = "NO_QUORUM";
    reasons.push(quorum.message!);
  } else {
    // Stable: equal votes keep ballot order.
    const passing = rows.filter((r) => r.meetsThreshold).sort((a, b) => b.votes - a.votes);
    if (passing.length <= seats) {
      winners = passing.map((r) => r.candidateId);
    } else {
      const last = passing[seats - 1].votes;
      if (passing[seats].votes === last) {
        winners = passing.filter((r) => r.votes > last).map((r) => r.candidateId);
        tied = rows.filter((r) => r.meetsThreshold && r.votes === last).map((r) => r.candidateId);
      } else {
        winners = passing.slice(0, seats).map((r) => r.candidateId);
      }
    }
    if (baseCount === 0) {
      reasons.push(
        rules.thresholdBase === "VALID_BALLOTS" ? "Không có phiếu hợp lệ nên không ai đạt ngưỡng." : "Không có đơn vị nào có quyền biểu quyết.",
      );
    }
    if (tied.length > 0) {
      outcome = "TIE";
      const names = rows.filter((r) => tied.includes(r.candidateId)).map((r) => r.label);
      const votes = rows.find((r) => r.candidateId === tied[0])!.votes;
      reasons.push(
        `${names.join(", ")} bằng phiếu nhau (${votes} phiếu) trong khi chỉ còn ${seats - winners.length} vị trí.`,
      );
    } else if (winners.length === 0) {
      outcome = "FAILED";
      reasons.push(`Không có ${words.word} nào đạt ngưỡng ${thresholdText(rules.thresholdPct, strict, rules.thresholdBase, voters.excludedAgencyIds.length > 0)}.`);
    } else {
      outcome = "DECIDED";
      if (winners.length < seats) {
        reasons.push(`Chỉ có ${winners.length}/${seats} vị trí có ${words.word} đạt ngưỡng.`);
      }
    }
  }
  for (const r of rows) r.status = winners.includes(r.candidateId) ? "SELECTED" : tied.includes(r.candidateId) ? "TIED" : "NOT_SELECTED";

  const result: TallyResult = {
    version: 1,
    kind: rules.kind,
    method: rules.method,
    round: rules.round,
    rules: {
      quorumPct: rules.quorumPct,
      thresholdPct: rules.thresholdPct,
      thresholdStrict: strict,
      thresholdBase: rules.thresholdBase,
      candidateMayVote: rules.candidateMayVote,
      maxChoices: rules.maxChoices,
      tieRule,
      seats,
      blankBallots,
    },
    members: {
      summoned: summary.summoned,
      present: summary.present,
      represented: summary.represented,
      absent: summary.absent,
      votingMembers: voters.allMembers,
      votingPresent: voters.present,
      excludedCandidates: voters.excludedAgencyIds.length,
    },
    quorum: { pct: rules.quorumPct, presentPct: quorum.presentPct, reached: quorum.reached },
    threshold: {
      pct: rules.thresholdPct,
      strict,
      base: rules.thresholdBase,
      baseCount,
      text: thresholdText(rules.thresholdPct, strict, rules.thresholdBase, voters.excludedAgencyIds.length > 0),
    },
    ballots,
    candidates: rows,
    outcome,
    winners,
    tied,
    unfilledSeats: outcome === "DECIDED" || outcome === "TIE" ? seats - winners.length : seats,
    reasons,
    runoff: null,
  };
  result.runoff = nextRound(result);
  if (result.runoff) reasons.push(result.runoff.reason);
  return result;
}

/**
 * The next round a result calls for, or null (domain §8 case 19; tieRule in types.ts):
 * - TIE (RUNOFF or TOP_TWO): the tied candidates, for the seats still open;
 * - FAILED single-seat vote under TOP_TWO: the two highest, with everyone tied for second
 *   (at least two candidates);
 * - nothing else, nothing under NONE, and nothing once `maxRounds` rounds have been held.
 * The run-off keeps the vote's other settings (quorum, threshold, base, who votes).
 */
export function nextRound(result: TallyResult, maxRounds = MAX_ROUNDS): RunoffPlan | null {
  const { tieRule, seats, maxChoices } = result.rules;
  if (tieRule === "NONE" || result.round >= maxRounds) return null;
  const round = result.round + 1;
  const labels = (ids: readonly string[]) => result.candidates.filter((c) => ids.includes(c.candidateId)).map((c) => c.label).join(", ");
  if (result.outcome === "TIE") {
    const open = seats - result.winners.length;
    return {
      round,
      candidateIds: result.candidates.filter((c) => result.tied.includes(c.candidateId)).map((c) => c.candidateId),
      seats: open,
      maxChoices: Math.min(maxChoices, open),
      reason: `Bỏ phiếu lại (vòng ${round}) giữa các ứng viên bằng phiếu: ${labels(result.tied)}.`,
    };
  }
  if (result.outcome === "FAILED" && tieRule === "TOP_TWO" && seats === 1 && result.candidates.length >= 2) {
    const sorted = [...result.candidates].sort((a, b) => b.votes - a.votes);
    const second = sorted[1].votes;
    const ids = result.candidates.filter((c) => c.votes >= second).map((c) => c.candidateId);
    return {
      round,
      candidateIds: ids,
      seats: 1,
      maxChoices: 1,
      reason: `Không ai đạt ngưỡng: bỏ phiếu lại (vòng ${round}) giữa các ứng viên có số phiếu cao nhất: ${labels(ids)}.`,
    };
  }
  return null;
}
