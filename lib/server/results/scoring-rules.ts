import { z } from "zod";
import { DEFAULT_RULES, type ScoringRules } from "@/lib/domain/scoring";

/**
 * Cycle.rules is free JSON (bands, tie-break, vote defaults…). Only the scoring keys are read
 * here; a key that is absent or malformed falls back to DEFAULT_RULES, so a half-written
 * configuration never breaks the results page. The table's own bonusCap applies unless the
 * cycle rules set one.
 */
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

export function scoringRulesFrom(cycleRules: unknown, table: { scale: number; bonusCap: number | null }): ScoringRules {
  const raw = cycleRules && typeof cycleRules === "object" ? (cycleRules as Record<string, unknown>) : {};
  const bands = z.array(BandSchema).min(1).safeParse(raw.bands);
  const tieBreak = z.array(TieBreakSchema).safeParse(raw.tieBreak);
  const bonusCap = z.number().nonnegative().nullable().safeParse(raw.bonusCap);
  return {
    scale: table.scale,
    bonusCap: bonusCap.success ? bonusCap.data : table.bonusCap,
    bands: bands.success ? bands.data : DEFAULT_RULES.bands,
    tieBreak: tieBreak.success ? tieBreak.data : DEFAULT_RULES.tieBreak,
  };
}
