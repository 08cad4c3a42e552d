/**
 * Plain data of the voting rules (docs/domain/voting.md, edge cases 16–20). The values
 * of the string unions are those of the schema's enums (prisma/schema.prisma: VoteKind,
 * VoteMethod, ThresholdBase, AttendanceStatus). Numbers are plain JS numbers: the caller turns
 * Prisma Decimals (quorumPct, thresholdPct) into numbers with Number() on the way in.
 * Nothing here reads the database, the clock or the session.
 */

export type VoteKind = "ACCLAIM_LEADER" | "AWARD_PROPOSAL" | "ELECT_HEAD" | "ELECT_DEPUTY";
export type VoteMethod = "ELECTRONIC" | "PAPER";
export type VoteStatus = "DRAFT" | "OPEN" | "CLOSED";
export type ThresholdBase = "ALL_MEMBERS" | "PRESENT_MEMBERS" | "VALID_BALLOTS";
export type AttendanceStatus = "PRESENT" | "ABSENT" | "REPRESENTED";

/**
 * What happens after a tie at the last seat or a failed vote (Vote.tieRule, a free string whose
 * schema default is "RUNOFF"; docs/decisions/0008-vote-rules.md):
 * - RUNOFF: a tie at the last seat → a new round between the tied candidates only;
 *   a vote where nobody reaches the threshold → no automatic round.
 * - TOP_TWO: as RUNOFF, and a failed single-seat vote → a new round between the two highest
 *   (with everyone tied for second place).
 * - NONE: no automatic round; the chair decides under the bloc's rules (minutes record it).
 */
export const TIE_RULES = ["RUNOFF", "TOP_TWO", "NONE"] as const;
export type TieRule = (typeof TIE_RULES)[number];

/** How a blank electronic ballot counts (docs/decisions/0008): VALID = an abstention. */
export type BlankBallots = "VALID" | "INVALID";

/** One Attendance row of the meeting: every member agency summoned has one. */
export interface AttendanceInput {
  agencyId: string;
  status: AttendanceStatus;
}

/** One VoteCandidate, in ballot order (VoteCandidate.order). */
export interface CandidateInput {
  id: string;
  /** The candidate agency (null for a person, e.g. an individual award proposal). */
  agencyId: string | null;
  /** What the ballot and the minutes show: the agency's name or the person's name. */
  label: string;
}

/** The settings of one Vote row, plus what the schema leaves to the bloc's rules. */
export interface VoteRules {
  kind: VoteKind;
  method: VoteMethod;
  /** % of summoned members who must be present (PRESENT or REPRESENTED), 0–100. */
  quorumPct: number;
  /** % of the threshold base a candidate needs, 0–100. */
  thresholdPct: number;
  /**
   * true: strictly more than thresholdPct ("quá bán" = trên 50%); false: at least thresholdPct
   * ("từ … trở lên"). When absent: strict exactly when thresholdPct is 50 (see strictByDefault).
   */
  thresholdStrict?: boolean;
  thresholdBase: ThresholdBase;
  /** false: candidate agencies are not on the voter list of this vote at all. */
  candidateMayVote: boolean;
  /** How many candidates one ballot may mark (≥ 1). */
  maxChoices: number;
  /** Vote.tieRule as stored; unknown values are read as RUNOFF (toTieRule). */
  tieRule: string;
  /** Vote.round: 1 for the first vote, 2 for its run-off… */
  round: number;
  /** Seats to fill; absent → defaultSeats(kind, maxChoices). */
  seats?: number | null;
  /** Absent → "VALID". */
  blankBallots?: BlankBallots;
}

/** A ballot as the ballot box holds it (Ballot + BallotChoice): no voter, no time. */
export interface StoredBallot {
  isBlank: boolean;
  choices: readonly string[];
}

/**
 * The counts a tally works on: the paper committee's numbers, or countElectronicBallots'.
 * null = not entered yet (a paper form half filled).
 */
export interface BallotCounts {
  issued: number | null;
  returned: number | null;
  valid: number | null;
  invalid: number | null;
  /** Blank ballots among the valid ones; null when unknown (paper). */
  blank: number | null;
  /** Votes per candidate id (a missing id = not entered). */
  votes: Readonly<Record<string, number | null>>;
}

export function toTieRule(value: string | null | undefined): TieRule {
  return (TIE_RULES as readonly string[]).includes(value ?? "") ? (value as TieRule) : "RUNOFF";
}

/** Elections fill one seat; proposals and acclamations as many as a ballot may mark. */
export function defaultSeats(kind: VoteKind, maxChoices: number): number {
  return kind === "ELECT_HEAD" || kind === "ELECT_DEPUTY" ? 1 : Math.max(1, maxChoices);
}

/** "Quá bán" is the default pass rule (docs/domain/voting.md#majority: "more than 50% of all member units"). */
export function strictByDefault(thresholdPct: number): boolean {
  return thresholdPct === 50;
}
