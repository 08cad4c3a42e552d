/**
 * Who is ranked (docs/decisions/0007, "Exclusions"): only a member agency whose score sheet has
 * reached the state the year's scoring mode requires; every other member is listed as excluded,
 * with the reason. Pure: the caller passes each member's facts in.
 *
 * - VERIFICATION: the sheet is VERIFIED (the verifiers completed it).
 * - CROSS_SCORING: the sheet was submitted (SUBMITTED, or VERIFIED — the same "scored by the
 *   bloc" states as the objection rule, lib/domain/objection.ts) AND every other member has
 *   submitted its cross-scores of the agency (the "k / members − 1" count of the cross-scoring
 *   summary): a partly cross-scored agency is not compared with fully scored ones.
 */
export type ScoringMode = "VERIFICATION" | "CROSS_SCORING";
export type SheetStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED";

export interface MemberScoringState {
  agencyId: string;
  agencyName: string;
  /** The member's sheet on the table the results read; null when it has none. */
  sheetStatus: SheetStatus | null;
  /** CROSS_SCORING: how many other members submitted their cross-scores of this agency. */
  crossSubmissions: number;
}

export interface RankingExclusion {
  agencyId: string;
  agencyName: string;
  reason: string;
}

export const EXCLUSION_REASONS = {
  NO_SHEET: "Chưa lập bảng tự chấm",
  DRAFT: "Chưa nộp bảng tự chấm",
  RETURNED: "Bảng điểm bị trả lại, chờ cơ quan nộp lại",
  NOT_VERIFIED: "Bảng điểm chưa được thẩm định xong",
  crossIncomplete: (submitted: number, expected: number) => `Chấm chéo chưa hoàn tất: ${submitted}/${expected} cơ quan đã nộp điểm chấm chéo`,
} as const;

/** Why this member is not ranked, or null when it is. `memberCount`: the bloc's members that year. */
export function exclusionReason(mode: ScoringMode, m: MemberScoringState, memberCount: number): string | null {
  if (m.sheetStatus === null) return EXCLUSION_REASONS.NO_SHEET;
  if (m.sheetStatus === "DRAFT") return EXCLUSION_REASONS.DRAFT;
  if (m.sheetStatus === "RETURNED") return EXCLUSION_REASONS.RETURNED;
  if (mode === "VERIFICATION") return m.sheetStatus === "VERIFIED" ? null : EXCLUSION_REASONS.NOT_VERIFIED;
  const expected = Math.max(0, memberCount - 1);
  return m.crossSubmissions >= expected ? null : EXCLUSION_REASONS.crossIncomplete(m.crossSubmissions, expected);
}

/** The members to rank (their ids) and the excluded ones with their reasons, both in the given order. */
export function rankingEligibility(mode: ScoringMode, members: readonly MemberScoringState[]): { ranked: Set<string>; excluded: RankingExclusion[] } {
  const ranked = new Set<string>();
  const excluded: RankingExclusion[] = [];
  for (const m of members) {
    const reason = exclusionReason(mode, m, members.length);
    if (reason === null) ranked.add(m.agencyId);
    else excluded.push({ agencyId: m.agencyId, agencyName: m.agencyName, reason });
  }
  return { ranked, excluded };
}
