import { describe, expect, test } from "vitest";
import { validateBallot, type BallotCheck } from "./ballot";

const CANDIDATES = ["c1", "c2", "c3"];

describe("validateBallot", () => {
  test.each<[string, string[], number, BallotCheck]>([
    ["one choice", ["c2"], 1, { ok: true, isBlank: false, choices: ["c2"] }],
    ["no choice is a valid blank ballot (an abstention)", [], 1, { ok: true, isBlank: true, choices: [] }],
    ["up to maxChoices", ["c3", "c1"], 2, { ok: true, isBlank: false, choices: ["c1", "c3"] }],
    ["every candidate when allowed", ["c1", "c2", "c3"], 3, { ok: true, isBlank: false, choices: ["c1", "c2", "c3"] }],
  ])("accepts %s; choices come back in ballot order", (_name, choices, max, expected) => {
    expect(validateBallot(choices, CANDIDATES, max)).toEqual(expected);
  });

  test.each<[string, string[], number, string, RegExp]>([
    ["an unknown candidate", ["c9"], 1, "UNKNOWN_CANDIDATE", /không thuộc danh sách ứng viên/],
    ["an unknown one among known ones", ["c1", "x"], 3, "UNKNOWN_CANDIDATE", /không thuộc danh sách ứng viên/],
    ["the same candidate twice", ["c1", "c1"], 3, "DUPLICATE_CHOICE", /chỉ được chọn một lần/],
    ["more than maxChoices", ["c1", "c2"], 1, "TOO_MANY_CHOICES", /Phiếu chọn 2 ứng viên, vượt quá số được chọn tối đa \(1\)/],
    ["all three when two are allowed", ["c1", "c2", "c3"], 2, "TOO_MANY_CHOICES", /vượt quá/],
  ])("refuses %s", (_name, choices, max, code, message) => {
    const check = validateBallot(choices, CANDIDATES, max);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.error.code).toBe(code);
      expect(check.error.message).toMatch(message);
    }
  });

  test("a vote with no candidates takes no ballot, not even a blank one", () => {
    expect(validateBallot([], [], 1)).toMatchObject({ ok: false, error: { code: "NO_CANDIDATES" } });
  });
});
