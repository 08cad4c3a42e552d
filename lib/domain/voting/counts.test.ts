import { describe, expect, test } from "vitest";
import { countElectronicBallots } from "./counts";
import { tally, type TallyOutcome } from "./tally";
import { candidates, members, rules } from "./tally-fixtures";
import type { StoredBallot } from "./types";

describe("electronic ballots: blank and invalid ballots", () => {
  const ids = ["c1", "c2"];
  const b = (...choices: string[]): StoredBallot => ({ isBlank: choices.length === 0, choices });
  const box: StoredBallot[] = [b("c1"), b("c1"), b(), b("c2"), b("c1", "c2"), b("gone"), { isBlank: true, choices: ["c1"] }];

  test("blank ballots are valid abstentions; ballots that break the rules are invalid", () => {
    expect(countElectronicBallots(box, ids, 1, 9)).toEqual({ issued: 9, returned: 7, valid: 4, invalid: 3, blank: 1, votes: { c1: 2, c2: 1 } });
  });

  test("blank ballots can be counted invalid instead", () => {
    expect(countElectronicBallots(box, ids, 1, 9, "INVALID")).toEqual({ issued: 9, returned: 7, valid: 3, invalid: 4, blank: 0, votes: { c1: 2, c2: 1 } });
  });

  test("two choices are valid where two are allowed", () => {
    expect(countElectronicBallots(box, ids, 2, 9)).toMatchObject({ valid: 5, invalid: 2, votes: { c1: 3, c2: 2 } });
  });

  test.each<[string, number, "VALID" | "INVALID" | undefined, TallyOutcome]>([
    ["3 yes + 2 blank of 5 valid is quá bán", 2, undefined, "DECIDED"],
    ["3 yes + 3 blank of 6 valid is only half", 3, undefined, "FAILED"],
    ["3 yes, 3 blank counted invalid: 3 of 3 valid", 3, "INVALID", "DECIDED"],
  ])("on a valid-ballots base, blank ballots count against: %s", (_name, blanks, blankBallots, outcome) => {
    const ballots = [b("c1"), b("c1"), b("c1"), ...Array.from({ length: blanks }, () => b())];
    const voteRules = rules({ kind: "ACCLAIM_LEADER", method: "ELECTRONIC", thresholdBase: "VALID_BALLOTS", blankBallots });
    const counts = countElectronicBallots(ballots, ["c1"], 1, 6, blankBallots);
    const result = tally({ rules: voteRules, attendance: members(6), candidates: candidates(1), counts });
    expect(result.outcome).toBe(outcome);
    expect(result.candidates[0].notFor).toBe(blankBallots === "INVALID" ? 0 : blanks);
  });
});
