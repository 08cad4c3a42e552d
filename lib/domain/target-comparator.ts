/**
 * How a numeric target is met: "từ 90% trở lên" (≥), "không quá 2 vụ" (≤) or exactly the figure
 * (=). Pledge commitments and registration targets both carry one (docs/domain/yearly-cycle.md#target-comparator).
 * Only a number or a share is compared; a text or yes/no target keeps EXACTLY. A number or a share
 * given no comparator is "at least" — how every numeric target was judged before the comparator
 * existed (the migration that added it set the older rows so) and how "đạt 90%" is meant. Pure.
 */
export const TARGET_COMPARATORS = ["AT_LEAST", "AT_MOST", "EXACTLY"] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

/** What a target without a comparator of its own keeps (text, yes/no). */
export const DEFAULT_COMPARATOR: TargetComparator = "EXACTLY";
/** What a number or a share is compared with unless another comparator is chosen. */
export const NUMERIC_DEFAULT_COMPARATOR: TargetComparator = "AT_LEAST";

/** Whether a target of this kind is compared with a comparator (NUMBER, PERCENT). */
export function takesComparator(kind: string): boolean {
  return kind === "NUMBER" || kind === "PERCENT";
}

/** The comparator a target of `kind` keeps: the one chosen for a number or a share, EXACTLY otherwise. */
export function comparatorFor(kind: string, comparator: TargetComparator | null | undefined): TargetComparator {
  return takesComparator(kind) ? (comparator ?? NUMERIC_DEFAULT_COMPARATOR) : DEFAULT_COMPARATOR;
}

/**
 * Whether `value` meets `target` under the comparator. Values are stored with two decimals
 * (Decimal(12, 2)), so "exactly" compares to the hundredth rather than the float.
 */
export function meetsComparator(comparator: TargetComparator, target: number, value: number): boolean {
  const [v, t] = [Math.round(value * 100), Math.round(target * 100)];
  switch (comparator) {
    case "AT_LEAST":
      return v >= t;
    case "AT_MOST":
      return v <= t;
    case "EXACTLY":
      return v === t;
  }
}

const SYMBOLS: Record<TargetComparator, string> = { AT_LEAST: "≥", AT_MOST: "≤", EXACTLY: "" };

/**
 * The figure with its comparator in front: "≥ 90%", "≤ 2 vụ". An exact target is the figure alone
 * ("90%"), as a pledge writes it; "= 90%" reads as arithmetic, not as an undertaking.
 */
export function withComparator(comparator: TargetComparator, figure: string): string {
  const symbol = SYMBOLS[comparator];
  return symbol ? `${symbol} ${figure}` : figure;
}
