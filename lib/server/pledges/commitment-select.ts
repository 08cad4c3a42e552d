import "server-only";

/** A commitment's number, text and measurable target, as every reader of a pledge selects them. */
export const COMMITMENT_TARGET_SELECT = {
  number: true,
  text: true,
  targetKind: true,
  targetValue: true,
  targetComparator: true,
  targetUnit: true,
} as const;
