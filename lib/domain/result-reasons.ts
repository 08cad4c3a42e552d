/**
 * Why a ranked agency got its band and its place, in words for the results table: the band just
 * above it that it missed and what stopped it (the total, or a criterion below its floor —
 * docs/domain/scoring.md#bands), and, when its total equals the one above it, the tie-break rule
 * that put it below (docs/domain/scoring.md#tie-break). Pure: the engine's results in, text out.
 */
import { formatNumber } from "@/lib/format";
import type { BandBlock, TieBreakRule } from "./scoring";

/** Percent of a maximum, as a reader reads it: 1 decimal at most ("72,5%"). */
const pct = (v: number) => `${formatNumber(Math.floor(v * 10) / 10)}%`;

/** "Chưa đạt “Hoàn thành tốt nhiệm vụ”: tổng điểm thiếu 2; tiêu chí 1.2 đạt 60% (cần 80%)", or null for the best band. */
export function bandReason(blockedBy: readonly BandBlock[]): string | null {
  const next = blockedBy.at(-1);
  if (!next) return null;
  const reasons = [
    ...(next.totalShortBy !== null ? [`tổng điểm thiếu ${formatNumber(next.totalShortBy)}`] : []),
    ...next.criteria.map((c) => `tiêu chí ${c.code} đạt ${pct(c.pct)} (cần ${formatNumber(c.requiredPct)}%)`),
  ];
  return `Chưa đạt “${next.label}”: ${reasons.join("; ")}`;
}

const SEPARATED_BY: Record<TieBreakRule["kind"], string> = {
  GROUP_SCORE: "điểm nhóm tiêu chí được so sánh thấp hơn",
  FEWER_PENALTY: "bị trừ nhiều điểm hơn",
  MORE_FULL_MARKS: "ít tiêu chí đạt điểm tối đa hơn",
  HIGHER_BONUS: "điểm thưởng thấp hơn",
};

/** "Bằng tổng điểm với đơn vị xếp trên; xếp sau vì bị trừ nhiều điểm hơn", or null when the totals decided. */
export function tieBreakNote(separatedBy: TieBreakRule["kind"] | null, groupCode?: string | null): string | null {
  if (!separatedBy) return null;
  const why = separatedBy === "GROUP_SCORE" && groupCode ? `điểm nhóm ${groupCode} thấp hơn` : SEPARATED_BY[separatedBy];
  return `Bằng tổng điểm với đơn vị xếp trên; xếp sau vì ${why}`;
}
