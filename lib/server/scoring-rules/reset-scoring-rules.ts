import "server-only";
import type { ResetScoringRulesInput } from "@/lib/schemas/scoring-rules";
import { writeScoringRules } from "./internal/write-scoring-rules";

/**
 * "Khôi phục mặc định": removes the year's own bands, tie-break order and cross-scoring options,
 * so the defaults of domain §3.1, §3.4 and §3.5 apply again. Same rules as saveScoringRules.
 */
export async function resetScoringRules(input: ResetScoringRulesInput): Promise<void> {
  await writeScoringRules(input.cycleId, input.updatedAt, null, "cycle.scoring-rules.reset");
}
