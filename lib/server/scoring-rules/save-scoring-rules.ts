import "server-only";
import type { SaveScoringRulesInput } from "@/lib/schemas/scoring-rules";
import { writeScoringRules } from "./internal/write-scoring-rules";

/**
 * "Lưu quy tắc": the year's bands, tie-break order and cross-scoring options, by the
 * bloc's secretary or chair, until results are published. Other keys of Cycle.rules (vote and
 * quota defaults…) are kept as they are.
 */
export async function saveScoringRules(input: SaveScoringRulesInput): Promise<void> {
  await writeScoringRules(input.cycleId, input.updatedAt, input.settings, "cycle.scoring-rules.update");
}
