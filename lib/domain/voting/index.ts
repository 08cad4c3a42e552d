/**
 * The voting rules (docs/domain/voting.md, edge cases 16–20; docs/decisions/0008-vote-rules.md).
 * Pure: the use cases in lib/server load the rows, turn Decimals into numbers, call these, and
 * store Vote.result (a TallyResult) or show the refusal messages.
 */
export { validateBallot, type BallotCheck, type BallotError, type BallotErrorCode } from "./ballot";
export { buildVoteMinutes, type MinutesInput, type MinutesRow, type VoteMinutes } from "./minutes";
export { validatePaperCount, type CountField, type CountIssue, type PaperCountContext } from "./paper-count";
export { meetsPct, percentOf } from "./percent";
export { checkQuorum, electorate, summariseAttendance, type AttendanceSummary, type Electorate, type QuorumCheck } from "./quorum";
export {
  checkLeadingCandidates,
  leadingOutcomes,
  ON_REJECTION,
  proposeLeadingCandidates,
  RANKING_VOTE_DEFAULTS,
  RANKING_VOTE_MODES,
  rankedName,
  type LeadingProposal,
  type LeadingVoteRecord,
  type OnRejection,
  type RankedUnit,
  type RankingVoteMode,
  type RankingVoteRule,
} from "./ranking-vote";
export { compareWithRanking, publishedRanking, type PublishedRanking, type RankingComparison, type RankingComparisonRow } from "./ranking-vote-view";
export { shuffled } from "./shuffle";
export { checkClose, mayCast, type CastCheck, type CastContext, type CastRefusalCode, type CloseCheck } from "./roll";
export {
  countElectronicBallots,
  countsFromPaper,
  MAX_ROUNDS,
  nextRound,
  tally,
  thresholdText,
  type CandidateStatus,
  type CandidateTally,
  type RunoffPlan,
  type TallyInput,
  type TallyOutcome,
  type TallyResult,
} from "./tally";
export * from "./types";
