import "server-only";
import type { ResetScoringRulesInput } from "@/lib/schemas/scoring-rules";
import { writeScoringRules } from "./internal/write-scoring-rules";
import type { Step } from "@/lib/forms/step";

/**
 * "Khôi phục mặc định": removes the year's own bands, tie-break order and cross-scoring options,
 * so the defaults (docs/domain/scoring.md#bands, docs/domain/scoring.md#tie-break,
 * docs/domain/score-review.md#cross-scoring) apply again. Same rules as saveScoringRules.
 */
export async function resetScoringRules(input: ResetScoringRulesInput, step: Step = "write"): Promise<void> {
  await writeScoringRules(input.cycleId, input.updatedAt, null, "cycle.scoring-rules.reset", step);
}
