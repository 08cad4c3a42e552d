/**
 * Who sees which cross-scores (chấm chéo, docs/domain/score-review.md#cross-scoring, edge case 12), and what a
 * scorer's submission for one target requires. Pure: the readers pass the facts in.
 *
 * Visibility of the scores given to one target agency:
 * - The viewer's own agency is a member of the bloc that year (so it is a scorer): others'
 *   scores for a target appear only once the viewer's agency has submitted its own scores for
 *   that target ("HIDDEN" before, "ALL" after). This holds even when the viewer also holds
 *   CHAIR or SECRETARY: their agency is a scorer like the others.
 * - The target agency itself ("FINAL_ONLY"): only the resulting values (mean, method, count,
 *   spread, flag), never who gave what, so scorers are not pressed by the unit they scored.
 * - Viewers with no member agency (council staff, a bloc secretary from outside the members)
 *   with "score:read-all": "ALL". Anyone else: "NONE".
 * Nobody scores their own agency; only members score, and only other members.
 */
export type CrossVisibility = "ALL" | "FINAL_ONLY" | "HIDDEN" | "NONE";

export interface CrossViewer {
  /** The viewer's agencies that are members of the bloc this year. */
  memberAgencyIds: readonly string[];
  /** "score:read-all" in this bloc. */
  readAll: boolean;
}

export function crossVisibility(viewer: CrossViewer, targetAgencyId: string, submittedScorerIds: ReadonlySet<string>): CrossVisibility {
  if (viewer.memberAgencyIds.includes(targetAgencyId)) return "FINAL_ONLY";
  if (viewer.memberAgencyIds.length > 0) {
    return viewer.memberAgencyIds.every((a) => submittedScorerIds.has(a)) ? "ALL" : "HIDDEN";
  }
  return viewer.readAll ? "ALL" : "NONE";
}

/** Whether `scorer` may score `target`: both members of the bloc that year, and never itself. */
export function crossScoringRefusal(scorerAgencyId: string, targetAgencyId: string, memberAgencyIds: ReadonlySet<string>): string | null {
  if (scorerAgencyId === targetAgencyId) return "Không cơ quan nào được chấm chéo cơ quan của chính mình.";
  if (!memberAgencyIds.has(scorerAgencyId)) return "Cơ quan chấm không phải thành viên của khối năm này.";
  if (!memberAgencyIds.has(targetAgencyId)) return "Cơ quan được chấm không phải thành viên của khối năm này.";
  return null;
}

export interface CrossCriterion {
  id: string;
  code: string;
  name: string;
  type: string;
  parentId: string | null;
}

/** Scorable in cross-scoring: a leaf that carries points (groups sum their children; a gate is a veto, not points). */
export function isCrossScorable(c: Pick<CrossCriterion, "id" | "type">, parentIds: ReadonlySet<string>): boolean {
  return c.type !== "GROUP" && c.type !== "GATE" && !parentIds.has(c.id);
}

/**
 * The criteria still without a score before a scorer may submit for a target, as
 * "code name" lines in table order; empty when the submission may go ahead.
 */
export function crossSubmissionGaps(criteria: readonly CrossCriterion[], scoredCriterionIds: ReadonlySet<string>): string[] {
  const parents = new Set(criteria.map((c) => c.parentId).filter((p): p is string => p !== null));
  return criteria.filter((c) => isCrossScorable(c, parents) && !scoredCriterionIds.has(c.id)).map((c) => `${c.code} ${c.name}`);
}

/** The points a scorer gives must lie in the criterion's range [min, max]. */
export function crossPointsError(points: number, range: { minPoints: number; maxPoints: number }): string | null {
  if (!Number.isFinite(points)) return "Điểm chấm chéo phải là một số.";
  if (points < range.minPoints || points > range.maxPoints) return `Điểm chấm chéo phải từ ${range.minPoints} đến ${range.maxPoints}.`;
  if (Math.round(points * 100) !== Math.round(points * 1e6) / 1e4) return "Điểm chấm chéo có tối đa 2 chữ số thập phân.";
  return null;
}
