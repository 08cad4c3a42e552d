import { z } from "zod";
import type { CrossScoreOptions } from "@/lib/domain/scoring/cross-scoring";

/**
 * Cycle.rules.crossScoring (written by the calendar settings form):
 * { spreadThreshold: number | null, trimFrom: number }. Anything unreadable falls back to the
 * defaults — never flag (no threshold), trim from five scorers (docs/domain/score-review.md#cross-scoring).
 */
export const CROSS_DEFAULTS = { spreadThreshold: null, trimFrom: 5 } as const;

const Rules = z.object({
  crossScoring: z
    .object({
      spreadThreshold: z.number().nonnegative().nullable().optional(),
      trimFrom: z.number().int().min(3).optional(),
    })
    .optional(),
});

export function crossOptionsFrom(rules: unknown): Required<CrossScoreOptions> & { spreadThreshold: number | null } {
  const parsed = Rules.safeParse(rules ?? {});
  const c = parsed.success ? parsed.data.crossScoring : undefined;
  return { spreadThreshold: c?.spreadThreshold ?? CROSS_DEFAULTS.spreadThreshold, trimFrom: c?.trimFrom ?? CROSS_DEFAULTS.trimFrom };
}
