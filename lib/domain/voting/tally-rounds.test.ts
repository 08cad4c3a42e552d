import { describe, expect, test } from "vitest";
import { countsFromPaper, MAX_ROUNDS, nextRound } from "./tally";
import { run, type Case } from "./tally-fixtures";
import type { VoteRules } from "./types";

describe("nextRound", () => {
  const tie: { total: number; votes: number[]; rules: Partial<VoteRules> } = {
    total: 10,
    votes: [8, 6, 6, 5],
    rules: { kind: "AWARD_PROPOSAL", maxChoices: 3, seats: 2, thresholdBase: "VALID_BALLOTS" },
  };
  const failed = (votes: number[], over: Partial<VoteRules> = {}) =>
    run({ name: "", total: 10, votes, rules: { tieRule: "TOP_TWO", ...over }, outcome: "FAILED", winners: [] });

  test.each<[string, Partial<VoteRules>, string[] | null]>([
    ["RUNOFF: the tied ones", { tieRule: "RUNOFF" }, ["c2", "c3"]],
    ["TOP_TWO: a tie is run off between the tied ones too", { tieRule: "TOP_TWO" }, ["c2", "c3"]],
    ["NONE: no automatic round", { tieRule: "NONE" }, null],
    ["an unknown rule is read as RUNOFF", { tieRule: "XYZ" }, ["c2", "c3"]],
    ["round 2 may still be run off", { round: 2 }, ["c2", "c3"]],
    [`no automatic round after round ${MAX_ROUNDS}`, { round: MAX_ROUNDS }, null],
  ])("tie — %s", (_name, over, expected) => {
    const result = run({ name: "", ...tie, rules: { ...tie.rules, ...over }, outcome: "TIE", winners: [] });
    expect(result.outcome).toBe("TIE");
    expect(result.runoff?.candidateIds ?? null).toEqual(expected);
    if (expected) expect(result.runoff!.round).toBe((over.round ?? 1) + 1);
  });

  test.each<[string, number[], Partial<VoteRules>, string[] | null]>([
    ["TOP_TWO after a failed single-seat election: the two highest", [4, 3, 2, 1], {}, ["c1", "c2"]],
    ["everyone tied for second place comes along", [4, 3, 3, 0], {}, ["c1", "c2", "c3"]],
    ["a tie for first below the threshold: both", [2, 4, 4, 0], {}, ["c2", "c3"]],
    ["RUNOFF does not run off a failed vote", [4, 3, 2, 1], { tieRule: "RUNOFF" }, null],
    ["a single candidate who failed has no run-off", [5], {}, null],
    ["a failed multi-seat vote has no run-off", [4, 3, 2], { kind: "AWARD_PROPOSAL", maxChoices: 2 }, null],
  ])("failed — %s", (_name, votes, over, expected) => {
    const result = failed(votes, over);
    expect(result.outcome).toBe("FAILED");
    expect(result.runoff?.candidateIds ?? null).toEqual(expected);
  });

  test("the run-off of a failed election is for one seat and one choice", () => {
    expect(failed([4, 3, 2, 1]).runoff).toMatchObject({
      round: 2,
      seats: 1,
      maxChoices: 1,
      reason: "Không ai đạt ngưỡng: bỏ phiếu lại (vòng 2) giữa các ứng viên có số phiếu cao nhất: Đơn vị 1, Đơn vị 2.",
    });
  });

  test("a decided vote or one without quorum has no next round", () => {
    expect(run({ name: "", total: 10, votes: [7], outcome: "DECIDED", winners: [] }).runoff).toBeNull();
    expect(run({ name: "", total: 10, present: 2, votes: [2, 0], rules: { tieRule: "TOP_TWO" }, outcome: "NO_QUORUM", winners: [] }).runoff).toBeNull();
  });

  test("the round limit can be raised by the caller", () => {
    const result = run({ name: "", ...tie, rules: { ...tie.rules, round: MAX_ROUNDS }, outcome: "TIE", winners: [] });
    expect(nextRound(result)).toBeNull();
    expect(nextRound(result, MAX_ROUNDS + 2)?.round).toBe(MAX_ROUNDS + 1);
  });
});

describe("the result is plain JSON (Vote.result)", () => {
  test("a round trip through JSON changes nothing", () => {
    const result = run({
      name: "",
      total: 10,
      present: 8,
      votes: [8, 6, 6, 5],
      rules: { kind: "AWARD_PROPOSAL", maxChoices: 3, seats: 2, thresholdBase: "VALID_BALLOTS" },
      outcome: "TIE",
      winners: [],
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.version).toBe(1);
    expect(result.rules).toEqual({
      quorumPct: 66.67,
      thresholdPct: 50,
      thresholdStrict: true,
      thresholdBase: "VALID_BALLOTS",
      candidateMayVote: true,
      maxChoices: 3,
      tieRule: "RUNOFF",
      seats: 2,
      blankBallots: "VALID",
    });
  });

  test("paper counts are read from the Vote and VoteCandidate columns", () => {
    expect(
      countsFromPaper({ ballotsIssued: 9, ballotsReturned: 9, ballotsValid: 8, ballotsInvalid: 1 }, [
        { id: "c1", paperVotes: 6 },
        { id: "c2", paperVotes: null },
      ]),
    ).toEqual({ issued: 9, returned: 9, valid: 8, invalid: 1, blank: null, votes: { c1: 6, c2: null } });
  });
});

describe("seats, ties and run-offs", () => {
  const award = (over: Partial<VoteRules> = {}): Partial<VoteRules> => ({ kind: "AWARD_PROPOSAL", thresholdBase: "VALID_BALLOTS", ...over });
  test.each<Case>([
    {
      name: "three seats, four passing: the three highest",
      total: 10,
      votes: [8, 7, 6, 9],
      rules: award({ maxChoices: 3 }),
      outcome: "DECIDED",
      winners: ["c4", "c1", "c2"],
    },
    {
      name: "a quota of 1 seat with 3 choices per ballot",
      total: 10,
      votes: [8, 7, 6],
      rules: award({ maxChoices: 3, seats: 1 }),
      outcome: "DECIDED",
      winners: ["c1"],
    },
    { name: "equal votes above the cut are no tie", total: 10, votes: [7, 7, 6], rules: award({ maxChoices: 2 }), outcome: "DECIDED", winners: ["c1", "c2"] },
    {
      name: "a tie across the last seat: the one above keeps its seat",
      total: 10,
      votes: [8, 6, 6, 5],
      rules: award({ maxChoices: 3, seats: 2 }),
      outcome: "TIE",
      winners: ["c1"],
      tied: ["c2", "c3"],
    },
    {
      name: "a three-way tie for two seats",
      total: 10,
      votes: [6, 6, 6],
      rules: award({ maxChoices: 2 }),
      outcome: "TIE",
      winners: [],
      tied: ["c1", "c2", "c3"],
    },
    {
      name: "a tie for a single seat (at least 50%)",
      total: 12,
      votes: [6, 6],
      rules: { thresholdStrict: false, thresholdBase: "VALID_BALLOTS" },
      outcome: "TIE",
      winners: [],
      tied: ["c1", "c2"],
    },
    {
      name: "equal votes below a quá bán threshold are a failed vote, not a tie",
      total: 12,
      votes: [6, 6],
      rules: { thresholdBase: "VALID_BALLOTS" },
      outcome: "FAILED",
      winners: [],
    },
    { name: "fewer passing than seats: those who pass", total: 10, votes: [8, 4, 3], rules: award({ maxChoices: 3 }), outcome: "DECIDED", winners: ["c1"] },
    {
      name: "a tied candidate below the threshold is not in the tie",
      total: 10,
      votes: [9, 8, 8, 2, 2],
      rules: award({ maxChoices: 3, seats: 4 }),
      outcome: "DECIDED",
      winners: ["c1", "c2", "c3"],
    },
    {
      name: "ELECT_DEPUTY fills one seat by default",
      total: 10,
      votes: [7, 6],
      rules: { kind: "ELECT_DEPUTY", maxChoices: 2, thresholdBase: "VALID_BALLOTS" },
      outcome: "DECIDED",
      winners: ["c1"],
    },
  ])("$name", (c) => {
    const result = run(c);
    expect(result.outcome).toBe(c.outcome);
    expect(result.winners).toEqual(c.winners);
    expect(result.tied).toEqual(c.tied ?? []);
  });

  test("statuses, open seats and the reasons of a tie", () => {
    const result = run({ name: "", total: 10, votes: [8, 6, 6, 5], rules: award({ maxChoices: 3, seats: 2 }), outcome: "TIE", winners: [] });
    expect(result.candidates.map((c) => c.status)).toEqual(["SELECTED", "TIED", "TIED", "NOT_SELECTED"]);
    expect(result.unfilledSeats).toBe(1);
    expect(result.reasons).toEqual([
      "Đơn vị 2, Đơn vị 3 bằng phiếu nhau (6 phiếu) trong khi chỉ còn 1 vị trí.",
      "Bỏ phiếu lại (vòng 2) giữa các ứng viên bằng phiếu: Đơn vị 2, Đơn vị 3.",
    ]);
    expect(result.runoff).toEqual({
      round: 2,
      candidateIds: ["c2", "c3"],
      seats: 1,
      maxChoices: 1,
      reason: "Bỏ phiếu lại (vòng 2) giữa các ứng viên bằng phiếu: Đơn vị 2, Đơn vị 3.",
    });
  });

  test("partly filled seats are said", () => {
    const result = run({ name: "", total: 10, votes: [8, 4, 3], rules: award({ maxChoices: 3 }), outcome: "DECIDED", winners: [] });
    expect(result.unfilledSeats).toBe(2);
    expect(result.reasons).toEqual(["Chỉ có 1/3 vị trí có ứng viên đạt ngưỡng."]);
  });

  test("a failed vote says which threshold nobody reached", () => {
    expect(run({ name: "", total: 10, votes: [5], outcome: "FAILED", winners: [] }).reasons).toEqual([
      "Không có ứng viên nào đạt ngưỡng trên 50% tổng số đơn vị thành viên (quá bán).",
    ]);
  });
});
