/**
 * Counting a vote (docs/domain/voting.md, edge cases 17–19; decisions in
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
import { thresholdText } from "./counts";
import { validatePaperCount } from "./paper-count";
import { meetsPct, percentOf } from "./percent";
import { checkQuorum, electorate, summariseAttendance } from "./quorum";
import type { CandidateStatus, RunoffPlan, TallyInput, TallyOutcome, TallyResult } from "./tally-result";
import { defaultSeats, strictByDefault, toTieRule, type VoteKind } from "./types";

export { countElectronicBallots, countsFromPaper, thresholdText } from "./counts";
export type { CandidateStatus, CandidateTally, RunoffPlan, TallyInput, TallyOutcome, TallyResult } from "./tally-result";

/** Rounds after which no run-off is planned any more (the chair decides under the bloc rules). */
export const MAX_ROUNDS = 3;

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

  const baseCount = rules.thresholdBase === "ALL_MEMBERS" ? voters.allMembers : rules.thresholdBase === "PRESENT_MEMBERS" ? voters.present : ballots.valid;
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
      reasons.push(rules.thresholdBase === "VALID_BALLOTS" ? "Không có phiếu hợp lệ nên không ai đạt ngưỡng." : "Không có đơn vị nào có quyền biểu quyết.");
    }
    if (tied.length > 0) {
      outcome = "TIE";
      const names = rows.filter((r) => tied.includes(r.candidateId)).map((r) => r.label);
      const votes = rows.find((r) => r.candidateId === tied[0])!.votes;
      reasons.push(`${names.join(", ")} bằng phiếu nhau (${votes} phiếu) trong khi chỉ còn ${seats - winners.length} vị trí.`);
    } else if (winners.length === 0) {
      outcome = "FAILED";
      reasons.push(
        `Không có ${words.word} nào đạt ngưỡng ${thresholdText(rules.thresholdPct, strict, rules.thresholdBase, voters.excludedAgencyIds.length > 0)}.`,
      );
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
 * The next round a result calls for, or null (docs/domain/edge-cases.md#case-19; tieRule in types.ts):
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
  const labels = (ids: readonly string[]) =>
    result.candidates
      .filter((c) => ids.includes(c.candidateId))
      .map((c) => c.label)
      .join(", ");
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
