import "server-only";
import type { SaveScoringRulesInput } from "@/lib/schemas/scoring-rules";
import { writeScoringRules } from "./internal/write-scoring-rules";
import type { Step } from "@/lib/forms/step";

/**
 * "Lưu quy tắc": the year's bands, tie-break order and cross-scoring options, by the
 * bloc's secretary or chair, until results are published. Other keys of Cycle.rules (vote and
 * quota defaults…) are kept as they are.
 */
export async function saveScoringRules(input: SaveScoringRulesInput, step: Step = "write"): Promise<void> {
  await writeScoringRules(input.cycleId, input.updatedAt, input.settings, "cycle.scoring-rules.update", step);
}
