import { cycleStatus, type PhaseWindow } from "./cycle-phase";

export interface YearPhases {
  year: number;
  phases: readonly PhaseWindow[];
}

/**
 * The year a bloc's people should land on today: a year with a phase open
 * today (the latest, when two overlap, e.g. nominations of last year and
 * registration of this one); else the calendar year if it exists; else the
 * earliest year still to come; else the most recent year. Never a finished
 * year when a current one exists. Null for a bloc without years.
 */
export function currentYear(years: readonly YearPhases[], today: string): number | null {
  if (years.length === 0) return null;
  const status = years.map((y) => ({ year: y.year, ...cycleStatus(y.phases, today) }));
  const open = status.filter((s) => s.open.length > 0).map((s) => s.year);
  if (open.length > 0) return Math.max(...open);
  const thisYear = Number(today.slice(0, 4));
  if (status.some((s) => s.year === thisYear)) return thisYear;
  const coming = status.filter((s) => !s.isFinished && s.next !== null).map((s) => s.year);
  if (coming.length > 0) return Math.min(...coming);
  return Math.max(...years.map((y) => y.year));
}
