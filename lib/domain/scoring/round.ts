/**
 * Rounding and comparison of points (docs/domain/scoring.md#rounding): total = base + bonus − penalty,
 * rounded to 2 decimals at the end, and only there; "two decimals are used in software" [S59];
 * docs/domain/edge-cases.md#case-10.
 *
 * Binary floats cannot hold most decimals: 89.995 is stored as 89.99499999999999744…, and
 * 0.1 + 0.2 is 0.30000000000000004. Rounding the float naively would turn 89.995 into
 * 89.99. So the value is first read back to 15 significant digits (what a double holds
 * reliably), which restores the decimal the computation meant, and that decimal is rounded
 * half away from zero.
 */
export function roundPoints(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor; // Math.round on a non-negative number = half up
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Tolerance for comparing computed points (far below the 0.005 that rounding keeps). */
export const EPSILON = 1e-9;

/** a ≥ b, forgiving float noise (17/20 × 100 is 85.00000000000001, 0.7 × 3 is 2.0999999999999996). */
export function atLeast(a: number, b: number): boolean {
  return a >= b - EPSILON * Math.max(1, Math.abs(b));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
