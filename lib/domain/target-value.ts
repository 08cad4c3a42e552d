import { formatNumber } from "@/lib/format";

/** A registration target's value as read: "90%", "12", "Có"; "—" when it has none. */
export function formatTargetValue(kind: string, value: number | null): string {
  if (value === null || kind === "TEXT") return "—";
  if (kind === "YES_NO") return value === 1 ? "Có" : "Không";
  return kind === "PERCENT" ? `${formatNumber(value)}%` : formatNumber(value);
}
