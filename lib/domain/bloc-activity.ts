/**
 * Joint activities and contests of the bloc (docs/decisions/0038): the points an agency earned in
 * the activities linked to a criterion, proposed as that criterion's self-score.
 */

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
