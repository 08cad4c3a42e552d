/**
 * Percentages of votes and members, in whole numbers only (no float noise decides a vote).
 *
 * Percent settings are stored with 2 decimals (Decimal(5,2)), so "2/3" is stored as 66.67. A
 * share therefore meets an "at least" threshold when its percentage, rounded half up to 2
 * decimals exactly as the minutes print it, is at least the setting: 6 of 9 = 66.67% meets
 * 66.67. A strict threshold ("trên 50%") compares the exact share: 5 of 10 is not more than 50%.
 */

/** part / whole × 100 in hundredths of a percent, rounded half up. whole must be > 0. */
function hundredths(part: number, whole: number): number {
  return Math.floor((part * 20000 + whole) / (2 * whole));
}

function settingHundredths(pct: number): number {
  return Math.round(pct * 100);
}

/** part / whole as a percentage rounded to 2 decimals; null when whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return hundredths(part, whole) / 100;
}

/** Does part / whole reach pct% (strict: exceed it)? Never with an empty whole. */
export function meetsPct(part: number, whole: number, pct: number, strict: boolean): boolean {
  if (!(whole > 0)) return false;
  const setting = settingHundredths(pct);
  return strict ? part * 10000 > setting * whole : hundredths(part, whole) >= setting;
}
