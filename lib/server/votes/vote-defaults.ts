import "server-only";
import { TIE_RULES, type ThresholdBase, type TieRule } from "@/lib/domain/voting";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface VoteDefaults {
  quorumPct: number;
  thresholdPct: number;
  thresholdBase: ThresholdBase;
  candidateMayVote: boolean;
  maxChoices: number;
  tieRule: TieRule;
}

/**
 * The [I] defaults of docs/decisions/0008-vote-rules.md (docs/domain/voting.md: quorum ≥ 2/3 of members
 * present, pass = more than 50% of all member units, the leading unit's representative may vote,
 * one choice, run-off on a tie), overridden key by key by Cycle.rules.votes when the year sets them.
 */
export const VOTE_DEFAULTS: VoteDefaults = {
  quorumPct: 66.67,
  thresholdPct: 50,
  thresholdBase: "ALL_MEMBERS",
  candidateMayVote: true,
  maxChoices: 1,
  tieRule: "RUNOFF",
};

const pct = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100 ? Math.round(v * 100) / 100 : undefined);

export function voteDefaults(rules: Prisma.JsonValue | null | undefined): VoteDefaults {
  const votes = rules && typeof rules === "object" && !Array.isArray(rules) ? (rules as Record<string, unknown>).votes : undefined;
  if (!votes || typeof votes !== "object" || Array.isArray(votes)) return VOTE_DEFAULTS;
  const v = votes as Record<string, unknown>;
  const base = ["ALL_MEMBERS", "PRESENT_MEMBERS", "VALID_BALLOTS"].includes(v.thresholdBase as string) ? (v.thresholdBase as ThresholdBase) : undefined;
  const tie = (TIE_RULES as readonly string[]).includes(v.tieRule as string) ? (v.tieRule as TieRule) : undefined;
  const max = typeof v.maxChoices === "number" && Number.isInteger(v.maxChoices) && v.maxChoices >= 1 ? v.maxChoices : undefined;
  return {
    quorumPct: pct(v.quorumPct) ?? VOTE_DEFAULTS.quorumPct,
    thresholdPct: pct(v.thresholdPct) ?? VOTE_DEFAULTS.thresholdPct,
    thresholdBase: base ?? VOTE_DEFAULTS.thresholdBase,
    candidateMayVote: typeof v.candidateMayVote === "boolean" ? v.candidateMayVote : VOTE_DEFAULTS.candidateMayVote,
    maxChoices: max ?? VOTE_DEFAULTS.maxChoices,
    tieRule: tie ?? VOTE_DEFAULTS.tieRule,
  };
}
