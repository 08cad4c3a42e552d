import { describe, expect, it } from "vitest";
import { EXCLUSION_REASONS, exclusionReason, rankingEligibility, type MemberScoringState, type ScoringMode, type SheetStatus } from "./ranking-eligibility";

const member = (agencyId: string, sheetStatus: SheetStatus | null, crossSubmissions = 0): MemberScoringState => ({
  agencyId,
  agencyName: `Ban ${agencyId}`,
  sheetStatus,
  crossSubmissions,
});

describe("exclusionReason", () => {
  it.each<[ScoringMode, SheetStatus | null, number, string | null]>([
    ["VERIFICATION", "VERIFIED", 0, null],
    ["VERIFICATION", "SUBMITTED", 0, "Bảng điểm chưa được thẩm định xong"],
    ["VERIFICATION", "DRAFT", 0, "Chưa nộp bảng tự chấm"],
    ["VERIFICATION", "RETURNED", 0, "Bảng điểm bị trả lại, chờ cơ quan nộp lại"],
    ["VERIFICATION", null, 0, "Chưa lập bảng tự chấm"],
    // Four members: each agency is cross-scored by the three others.
    ["CROSS_SCORING", "SUBMITTED", 3, null],
    ["CROSS_SCORING", "VERIFIED", 3, null],
    ["CROSS_SCORING", "SUBMITTED", 2, "Chấm chéo chưa hoàn tất: 2/3 cơ quan đã nộp điểm chấm chéo"],
    ["CROSS_SCORING", "SUBMITTED", 0, "Chấm chéo chưa hoàn tất: 0/3 cơ quan đã nộp điểm chấm chéo"],
    ["CROSS_SCORING", "DRAFT", 3, "Chưa nộp bảng tự chấm"],
    ["CROSS_SCORING", "RETURNED", 3, "Bảng điểm bị trả lại, chờ cơ quan nộp lại"],
    ["CROSS_SCORING", null, 3, "Chưa lập bảng tự chấm"],
  ])("%s, sheet %s, %i cross-submissions → %s", (mode, status, submissions, reason) => {
    expect(exclusionReason(mode, member("a", status, submissions), 4)).toBe(reason);
  });

  it("in cross-scoring, a bloc of one member has nobody to wait for", () => {
    expect(exclusionReason("CROSS_SCORING", member("a", "SUBMITTED"), 1)).toBeNull();
  });
});

describe("rankingEligibility", () => {
  it("splits the members into ranked ids and exclusions with reasons, in the given order", () => {
    const { ranked, excluded } = rankingEligibility("VERIFICATION", [
      member("a", "VERIFIED"),
      member("b", "DRAFT"),
      member("c", "VERIFIED"),
      member("d", null),
      member("e", "SUBMITTED"),
    ]);
    expect([...ranked]).toEqual(["a", "c"]);
    expect(excluded).toEqual([
      { agencyId: "b", agencyName: "Ban b", reason: EXCLUSION_REASONS.DRAFT },
      { agencyId: "d", agencyName: "Ban d", reason: EXCLUSION_REASONS.NO_SHEET },
      { agencyId: "e", agencyName: "Ban e", reason: EXCLUSION_REASONS.NOT_VERIFIED },
    ]);
  });

  it("counts the expected cross-scorers from the members passed (all but the agency itself)", () => {
    const { ranked, excluded } = rankingEligibility("CROSS_SCORING", [member("a", "SUBMITTED", 2), member("b", "SUBMITTED", 1), member("c", "SUBMITTED", 2)]);
    expect([...ranked]).toEqual(["a", "c"]);
    expect(excluded).toEqual([{ agencyId: "b", agencyName: "Ban b", reason: "Chấm chéo chưa hoàn tất: 1/2 cơ quan đã nộp điểm chấm chéo" }]);
  });

  it("ranks nobody and excludes nobody without members", () => {
    expect(rankingEligibility("VERIFICATION", [])).toEqual({ ranked: new Set(), excluded: [] });
  });
});
