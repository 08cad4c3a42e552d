/**
 * Numbers read from an address (a page's or a download's): anything else is "no such page".
 * Pure; the callers turn null into a 404.
 */

/** A year of an address, "2025": an integer between 1945 and 2200 (the years a bloc can have). */
export function yearParam(text: string): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : null;
}

/** A version of an address, "3": a whole number from 1 ("abc", "0", "1.5" are not). */
export function versionParam(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : null;
}
