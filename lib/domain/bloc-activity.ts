/**
 * Joint activities and contests of the bloc (docs/decisions/0038): the points an agency earned in
 * the activities linked to a criterion, proposed as that criterion's self-score.
 */

import { compareVi } from "@/lib/format";
import type { CriterionType } from "./scoring/types";

export interface ActivityPoints {
  activityId: string;
  title: string;
  criterionCode: string | null;
  agencyId: string;
  points: number | null;
}

export interface CriterionRange {
  code: string;
  minPoints: number;
  maxPoints: number;
}

export interface ActivityProposal {
  points: number;
  /** The activities the points come from, in the order given (shown as "từ hoạt động …"). */
  titles: string[];
}

/** The dates of an activity are in order, and in its year. */
export function activityDatesProblem(year: number, startsOn: Date, endsOn: Date | null): string | null {
  if (startsOn.getUTCFullYear() !== year) return `Ngày bắt đầu phải thuộc năm ${year}.`;
  if (endsOn && endsOn < startsOn) return "Ngày kết thúc không được trước ngày bắt đầu.";
  return null;
}

/**
 * One agency's proposal per linked criterion: the sum of its participants' points over every
 * activity linked to that criterion, kept inside the criterion's range. Participants without
 * points propose nothing; a code the table does not have proposes nothing.
 */
export function activityProposals(rows: readonly ActivityPoints[], agencyId: string, criteria: readonly CriterionRange[]): Map<string, ActivityProposal> {
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  const sums = new Map<string, { points: number; titles: string[] }>();
  for (const row of rows) {
    if (row.agencyId !== agencyId || row.points === null || !row.criterionCode || !byCode.has(row.criterionCode)) continue;
    const sum = sums.get(row.criterionCode) ?? { points: 0, titles: [] };
    sum.points += row.points;
    if (!sum.titles.includes(row.title)) sum.titles.push(row.title);
    sums.set(row.criterionCode, sum);
  }
  const out = new Map<string, ActivityProposal>();
  for (const [code, sum] of sums) {
    const range = byCode.get(code)!;
    const points = Math.round(Math.min(range.maxPoints, Math.max(range.minPoints, sum.points)) * 100) / 100;
    out.set(code, { points, titles: sum.titles });
  }
  return out;
}

/** What the sheet's input of a criterion needs to turn proposed points back into a typed value. */
export interface ProposalCriterion {
  type: CriterionType;
  maxPoints: number;
  pointsPerUnit: number | null;
  levels: readonly { order: number; points: number }[];
}

/**
 * The value the sheet's input takes so that the scoring engine gives exactly the proposed points,
 * or null when no input does, or when a points value makes no sense for the criterion: then the
 * proposal is shown as a note only (docs/decisions/0040).
 * - COUNT counting up and BONUS: the number of units (points ÷ points per unit), when whole;
 * - GRADED: the first level worth exactly those points;
 * - YES_NO: "Có" for the maximum, "Không" for 0;
 * - QUANTITATIVE (actual and target are facts), PENALTY, GATE and COUNT counting down (absences): none.
 */
export function proposalInput(c: ProposalCriterion, points: number): number | null {
  switch (c.type) {
    case "COUNT":
    case "BONUS": {
      if (c.pointsPerUnit === null || c.pointsPerUnit <= 0) return null;
      const units = points / c.pointsPerUnit;
      const whole = Math.round(units);
      return Math.abs(units - whole) < 1e-9 && whole >= 0 ? whole : null;
    }
    case "GRADED":
      return c.levels.find((l) => l.points === points)?.order ?? null;
    case "YES_NO":
      return points === c.maxPoints ? 1 : points === 0 ? 0 : null;
    default:
      return null;
  }
}

export interface ActivityResult {
  agency: string;
  personName: string | null;
  result: string | null;
  prize: string | null;
  points: number | null;
}

/** The result notice's order: most points first (none last), then agency and person by Vietnamese name. */
export function resultOrder<T extends ActivityResult>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => (b.points ?? -Infinity) - (a.points ?? -Infinity) || compareVi(a.agency, b.agency) || compareVi(a.personName ?? "", b.personName ?? ""),
  );
}
