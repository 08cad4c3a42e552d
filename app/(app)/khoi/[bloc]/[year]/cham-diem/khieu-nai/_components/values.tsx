import { formatNumber } from "@/lib/format";

/** A score as shown in the objection tables: points, or actual/target for a quantitative row, or the veto. */
export function ScoreValue({ type, points, actual, target }: { type: string; points: number | null; actual: number | null; target: number | null }) {
  if (type === "GATE") return <>{actual === null ? "—" : actual === 1 ? "Có vi phạm" : "Không vi phạm"}</>;
  if (type === "QUANTITATIVE") {
    if (actual === null) return <>{points === null ? "—" : formatNumber(points)}</>;
    return (
      <>
        {formatNumber(actual)}/{target === null ? "—" : formatNumber(target)}
        {points !== null && <span className="block text-xs text-stone-500">{formatNumber(points)} điểm</span>}
      </>
    );
  }
  return <>{points === null ? "—" : formatNumber(points)}</>;
}
