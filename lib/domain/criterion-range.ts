import { formatNumber } from "@/lib/format";
import type { CriterionType } from "./scoring/types";

/**
 * How many points a criterion can give, in words, for its heading: "tối đa 20", "cộng 2 điểm mỗi
 * lần, tối đa +4", "trừ 1 điểm mỗi lần". A bonus is bounded by its cap or its maximum, a penalty
 * only by its cap (lib/domain/scoring/criterion-points.ts), so neither reads "tối đa 0"; a gate
 * gives no points (null).
 */
export function criterionRangeText(c: { type: CriterionType; maxPoints: number; pointsPerUnit: number | null; cap: number | null }): string | null {
  const perTime = (verb: string) => (c.pointsPerUnit ? `${verb} ${formatNumber(Math.abs(c.pointsPerUnit))} điểm mỗi lần` : null);
  switch (c.type) {
    case "GATE":
      return null;
    case "BONUS": {
      const bound = Math.min(c.cap ?? c.maxPoints, c.maxPoints);
      return [perTime("cộng"), bound > 0 ? `tối đa +${formatNumber(bound)}` : null].filter(Boolean).join(", ") || "điểm cộng";
    }
    case "PENALTY":
      return [perTime("trừ"), c.cap !== null ? `trừ tối đa ${formatNumber(c.cap)}` : null].filter(Boolean).join(", ") || "điểm trừ";
    default:
      return `tối đa ${formatNumber(c.maxPoints)}`;
  }
}
