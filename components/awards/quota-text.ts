import { ROUNDING_LABELS } from "@/lib/domain/labels";
import { formatNumber } from "@/lib/format";
import type { AwardFormRow } from "@/lib/server/awards/find-award-forms";

/** "Tối đa 20% số thành viên (làm tròn xuống)", "Tối đa 1", "Không giới hạn". */
export function quotaText(quota: AwardFormRow["quota"]): string {
  if (quota.kind === "NONE" || quota.value === null) return "Không giới hạn";
  if (quota.kind === "COUNT") return `Tối đa ${formatNumber(quota.value)}`;
  return `Tối đa ${formatNumber(quota.value)}% số thành viên (${ROUNDING_LABELS[quota.rounding]})`;
}
