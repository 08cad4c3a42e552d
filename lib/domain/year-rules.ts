/**
 * The year's rules (Cycle.rules): one stored JSON object that several features write keys of —
 * the scoring settings form (bands, tieBreak, crossScoring), seeds and older rows (bonusCap,
 * conference, votes), the leading-unit vote form (rankingVote). It is parsed here, once, where the cycle is read; every reader takes the
 * typed result. Parsing never fails: each key that is absent or malformed falls back to its
 * default on its own, so a half-written configuration never breaks a page.
 *
 * Writers still work on the stored JSON (lib/domain/scoring-rules-settings: mergeScoringRules
 * keeps keys this schema does not know).
 */
import { z } from "zod";
import { DEFAULT_RULES, type Band, type ScoringRules, type TieBreakRule } from "./scoring/types";
import { DEFAULT_LATE_RULES, type LateRule, type LateRules } from "./late-submission";
import { ON_REJECTION, RANKING_VOTE_DEFAULTS, RANKING_VOTE_MODES, type RankingVoteRule } from "./voting/ranking-vote";
import { TIE_RULES, type ThresholdBase, type TieRule } from "./voting/types";

/** What a vote starts with when the chair leaves a setting empty (docs/decisions/0008-vote-rules.md). */
export interface VoteDefaults {
  quorumPct: number;
  thresholdPct: number;
  thresholdBase: ThresholdBase;
  candidateMayVote: boolean;
  maxChoices: number;
  tieRule: TieRule;
}

/**
 * The [I] defaults of docs/decisions/0008-vote-rules.md: quorum ≥ 2/3 of members present, pass =
 * more than 50% of all member units, the leading unit's representative may vote, one choice,
 * run-off on a tie. Overridden key by key by `votes` when the year sets them.
 */
export const VOTE_DEFAULTS: VoteDefaults = {
  quorumPct: 66.67,
  thresholdPct: 50,
  thresholdBase: "ALL_MEMBERS",
  candidateMayVote: true,
  maxChoices: 1,
  tieRule: "RUNOFF",
};

/** Cross-scoring: never flag a spread (no threshold), trim the extremes from five scorers on. */
export const CROSS_SCORING_DEFAULTS = { spreadThreshold: null, trimFrom: 5 } as const;

/** The conference's own quorum, by default the votes' (2/3): one default for both, so the page never shows two. */
export const DEFAULT_CONFERENCE_QUORUM_PCT = VOTE_DEFAULTS.quorumPct;

/** The keys the scoring settings form owns (see scoring-rules-settings). */
export const SCORING_KEYS = ["bands", "tieBreak", "crossScoring"] as const;

const BandSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  minTotal: z.number(),
  minCriterionPct: z.number(),
});

const TieBreakSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("GROUP_SCORE"), groupCode: z.string().optional() }),
  z.object({ kind: z.literal("FEWER_PENALTY") }),
  z.object({ kind: z.literal("MORE_FULL_MARKS") }),
  z.object({ kind: z.literal("HIGHER_BONUS") }),
]);

/** A share in [0, 100], kept to two decimals (66.666… → 66.67). */
const votePct = (fallback: number) =>
  z
    .number()
    .min(0)
    .max(100)
    .transform((v) => Math.round(v * 100) / 100)
    .catch(fallback);

const VotesSchema = z
  .object({
    quorumPct: votePct(VOTE_DEFAULTS.quorumPct),
    thresholdPct: votePct(VOTE_DEFAULTS.thresholdPct),
    thresholdBase: z.enum(["ALL_MEMBERS", "PRESENT_MEMBERS", "VALID_BALLOTS"]).catch(VOTE_DEFAULTS.thresholdBase),
    candidateMayVote: z.boolean().catch(VOTE_DEFAULTS.candidateMayVote),
    maxChoices: z.number().min(1).refine(Number.isInteger).catch(VOTE_DEFAULTS.maxChoices),
    tieRule: z.enum(TIE_RULES).catch(VOTE_DEFAULTS.tieRule),
  })
  .catch({ ...VOTE_DEFAULTS });

/**
 * Cross-scoring options are read as one: a malformed value of either key drops both to their
 * defaults (as the calendar form has always written them together).
 */
const CrossScoringSchema = z
  .object({
    spreadThreshold: z.number().nonnegative().nullable().optional(),
    trimFrom: z.number().int().min(3).optional(),
  })
  .optional()
  .catch(undefined)
  .transform((c) => ({
    spreadThreshold: c?.spreadThreshold ?? CROSS_SCORING_DEFAULTS.spreadThreshold,
    trimFrom: c?.trimFrom ?? CROSS_SCORING_DEFAULTS.trimFrom,
  }));

/**
 * How the score ranking and the leading-unit vote are linked (docs/decisions/0043): each key falls
 * back on its own, so a stored mode survives a malformed count.
 */
const RankingVoteSchema = z
  .object({
    mode: z.enum(RANKING_VOTE_MODES).catch(RANKING_VOTE_DEFAULTS.mode),
    onRejection: z.enum(ON_REJECTION).catch(RANKING_VOTE_DEFAULTS.onRejection),
    leaders: z.number().int().min(1).max(50).catch(RANKING_VOTE_DEFAULTS.leaders),
  })
  .catch({ ...RANKING_VOTE_DEFAULTS });

const ConferenceSchema = z
  .object({ quorumPct: z.number().gt(0).lte(100).catch(DEFAULT_CONFERENCE_QUORUM_PCT) })
  .catch({ quorumPct: DEFAULT_CONFERENCE_QUORUM_PCT });

/** One step's late rule; a malformed one is REFUSE (today's behaviour, docs/decisions/0042-late-submission.md). */
const LateRuleSchema = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("REFUSE") }),
    z.object({
      mode: z.literal("PENALTY"),
      graceDays: z.number().int().min(1).max(366),
      kind: z.enum(["FLAT", "PER_DAY"]),
      points: z.number().min(0).max(1000),
      maxPoints: z.number().min(0).max(1000).nullable().catch(null),
    }),
  ])
  .catch((): LateRule => ({ mode: "REFUSE" }));

const LateRulesSchema = z.object({ REGISTRATION: LateRuleSchema, SELF_SCORING: LateRuleSchema }).catch(() => ({ ...DEFAULT_LATE_RULES }));

/** Anything but a plain object (null, an array, a number) reads as an empty object: every default. */
const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export const YearRulesSchema = z.preprocess(
  asObject,
  z.object({
    bands: z
      .array(BandSchema)
      .min(1)
      .catch(() => DEFAULT_RULES.bands.map((b) => ({ ...b }))),
    tieBreak: z.array(TieBreakSchema).catch(() => DEFAULT_RULES.tieBreak.map((r) => ({ ...r }))),
    bonusCap: z.number().nonnegative().nullable().optional().catch(undefined),
    crossScoring: CrossScoringSchema,
    conference: ConferenceSchema,
    votes: VotesSchema,
    lateSubmission: LateRulesSchema,
    rankingVote: RankingVoteSchema,
  }),
);

export interface YearRules {
  bands: Band[];
  tieBreak: TieBreakRule[];
  /** The year's cap on all bonuses; absent = the criteria table's own cap applies. */
  bonusCap?: number | null;
  crossScoring: { spreadThreshold: number | null; trimFrom: number };
  conference: { quorumPct: number };
  votes: VoteDefaults;
  /** Per step an agency submits by a deadline: refuse late, or accept it with a deduction (lib/domain/late-submission). */
  lateSubmission: LateRules;
  /** Whether the ranking proposes the leading-unit vote's candidates, and what follows a rejection (docs/decisions/0043). */
  rankingVote: RankingVoteRule;
  /** Whether the year stores any scoring key itself (false: every scoring default applies). */
  hasOwnScoring: boolean;
}

/** Cycle.rules as stored (any JSON, or null) → the typed rules, every default filled in. */
export function parseYearRules(stored: unknown): YearRules {
  const raw = asObject(stored);
  return { ...YearRulesSchema.parse(raw), hasOwnScoring: SCORING_KEYS.some((k) => k in raw) };
}

/** The scoring engine's rules for a table of the year: the table's scale, and its bonus cap unless the year sets one. */
export function scoringRulesOf(rules: YearRules, table: { scale: number; bonusCap: number | null }): ScoringRules {
  return { scale: table.scale, bonusCap: rules.bonusCap === undefined ? table.bonusCap : rules.bonusCap, bands: rules.bands, tieBreak: rules.tieBreak };
}
