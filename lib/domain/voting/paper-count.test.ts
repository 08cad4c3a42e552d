import { describe, expect, test } from "vitest";
import { validatePaperCount, type CountIssue } from "./paper-count";
import type { BallotCounts } from "./types";

const CONTEXT = {
  presentVoters: 10,
  maxChoices: 2,
  candidates: [
    { id: "c1", label: "Ban Tổ chức" },
    { id: "c2", label: "Văn phòng" },
  ],
};
const counts = (over: Partial<BallotCounts> = {}): BallotCounts => ({
  issued: 10,
  returned: 9,
  valid: 8,
  invalid: 1,
  blank: null,
  votes: { c1: 7, c2: 5 },
  ...over,
});
const fields = (issues: CountIssue[]) => issues.map((i) => (i.candidateId ? `${i.field}:${i.candidateId}` : i.field));

describe("validatePaperCount", () => {
  test.each<[string, Partial<BallotCounts>]>([
    ["a consistent count", {}],
    ["everything at its upper bound", { issued: 10, returned: 10, valid: 10, invalid: 0, votes: { c1: 10, c2: 10 } }],
    ["all zero (nobody voted)", { issued: 0, returned: 0, valid: 0, invalid: 0, votes: { c1: 0, c2: 0 } }],
    ["a known number of blank ballots within the valid ones", { blank: 8, votes: { c1: 0, c2: 0 } }],
  ])("accepts %s", (_name, over) => {
    expect(validatePaperCount(counts(over), CONTEXT)).toEqual([]);
  });

  test.each<[string, Partial<BallotCounts>, string[], RegExp]>([
    ["a missing number", { issued: null }, ["ballotsIssued"], /^Số phiếu phát ra: chưa nhập\.$/],
    ["a negative number", { invalid: -1 }, ["ballotsInvalid"], /Số phiếu không hợp lệ phải là số nguyên không âm/],
    ["a fraction", { returned: 8.5 }, ["ballotsReturned"], /Số phiếu thu về phải là số nguyên không âm/],
    ["NaN from an empty input", { valid: Number.NaN }, ["ballotsValid"], /Số phiếu hợp lệ: chưa nhập/],
    ["a candidate's count missing", { votes: { c1: 7 } }, ["paperVotes:c2"], /^Số phiếu của Văn phòng: chưa nhập\.$/],
    [
      "valid + invalid ≠ returned",
      { valid: 8, invalid: 2 },
      ["ballotsInvalid"],
      /hợp lệ \(8\) cộng số phiếu không hợp lệ \(2\) phải bằng số phiếu thu về \(9\)/,
    ],
    ["returned > issued", { issued: 8, returned: 9 }, ["ballotsReturned"], /thu về \(9\) không được nhiều hơn số phiếu phát ra \(8\)/],
    [
      "issued > present voters",
      { issued: 11, returned: 9 },
      ["ballotsIssued"],
      /phát ra \(11\) không được nhiều hơn số đơn vị có mặt có quyền biểu quyết \(10\)/,
    ],
    ["a candidate above the valid ballots", { votes: { c1: 9, c2: 5 } }, ["paperVotes:c1"], /Ban Tổ chức \(9\) không được nhiều hơn số phiếu hợp lệ \(8\)/],
    ["blank ballots above the valid ones", { blank: 9 }, ["ballotsValid"], /phiếu trắng \(9\).*không nhiều hơn số phiếu hợp lệ \(8\)/],
  ])("refuses %s", (_name, over, expectedFields, message) => {
    const issues = validatePaperCount(counts(over), CONTEXT);
    expect(fields(issues)).toEqual(expectedFields);
    expect(issues[0].message).toMatch(message);
  });

  test("the candidates' total is capped by valid ballots × choices per ballot", () => {
    const one = { ...CONTEXT, maxChoices: 1 };
    expect(validatePaperCount(counts({ votes: { c1: 4, c2: 4 } }), one)).toEqual([]);
    expect(validatePaperCount(counts({ votes: { c1: 5, c2: 4 } }), one)).toEqual([
      {
        field: "paperVotes",
        candidateId: null,
        message: "Tổng số phiếu của các ứng viên (9) không được vượt quá số phiếu hợp lệ × số được chọn tối đa trên một phiếu (8 × 1 = 8).",
      },
    ]);
  });

  test("one typo gives one message: relations with a bad number are not checked", () => {
    expect(fields(validatePaperCount(counts({ returned: null }), CONTEXT))).toEqual(["ballotsReturned"]);
    expect(fields(validatePaperCount(counts({ valid: -3 }), CONTEXT))).toEqual(["ballotsValid"]);
  });

  test("several broken rules are all reported, each on its field", () => {
    const issues = validatePaperCount(counts({ issued: 12, returned: 13, valid: 12, invalid: 0, votes: { c1: 13, c2: 0 } }), CONTEXT);
    expect(fields(issues)).toEqual(["ballotsIssued", "ballotsReturned", "ballotsInvalid", "paperVotes:c1"]);
  });
});
