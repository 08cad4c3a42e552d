import { targetText, type TargetKind } from "@/lib/domain/pledge";
import type { TargetComparator } from "@/lib/domain/target-comparator";

/**
 * A registration target's value as read: "≥ 90%", "≤ 2", "12", "Có"; "—" when it has none. The
 * pledge's wording (targetText) without a unit: the target's own text beside it says what is counted.
 */
export function formatTargetValue(kind: TargetKind, value: number | null, comparator: TargetComparator): string {
  if (value === null) return "—";
  return targetText(kind, value, null, comparator) ?? "—";
}
