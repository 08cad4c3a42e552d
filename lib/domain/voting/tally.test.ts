import { describe, expect, test } from "vitest";
import { tally } from "./tally";
import { candidates, members, rules, run, type Case } from "./tally-fixtures";
import type { BallotCounts } from "./types";

describe("thresholds: all members vs present members vs valid ballots", () => {
  test.each<Case>([
    { name: "quá bán of all members: 6 of 10 passes", total: 10, votes: [6], outcome: "DECIDED", winners: ["c1"] },
    { name: "quá bán of all members: exactly half (5 of 10) fails", total: 10, votes: [5], outcome: "FAILED", winners: [] },
    {
      name: "at least 50% of all members (not strict): 5 of 10 passes",
      total: 10,
      votes: [5],
      rules: { thresholdStrict: false },
      outcome: "DECIDED",
      winners: ["c1"],
    },
    { name: "all members with 3 absent: 5 of 7 present is still only 50% of all", total: 10, present: 7, votes: [5], outcome: "FAILED", winners: [] },
    {
      name: "present members: 5 of 7 present passes",
      total: 10,
      present: 7,
      votes: [5],
      rules: { thresholdBase: "PRESENT_MEMBERS" },
      outcome: "DECIDED",
      winners: ["c1"],
    },
    {
      name: "present members: 4 of 8 present fails quá bán",
      total: 10,
      present: 8,
      votes: [4],
      rules: { thresholdBase: "PRESENT_MEMBERS" },
      outcome: "FAILED",
      winners: [],
    },
    {
      name: "valid ballots: 3 of 5 valid (2 invalid) passes",
      total: 7,
      votes: [3],
      invalid: 2,
      rules: { thresholdBase: "VALID_BALLOTS" },
      outcome: "DECIDED",
      winners: ["c1"],
    },
    { name: "the same 3 votes fail on all members (3 of 7)", total: 7, votes: [3], invalid: 2, outcome: "FAILED", winners: [] },
    {
      name: "invalid ballots leave the valid base: 3 of 6 valid is not quá bán",
      total: 7,
      votes: [3],
      invalid: 1,
      rules: { thresholdBase: "VALID_BALLOTS" },
      outcome: "FAILED",
      winners: [],
    },
    {
      name: "2/3 of valid (66.67): 6 of 9 passes",
      total: 9,
      votes: [6],
      rules: { thresholdPct: 66.67, thresholdBase: "VALID_BALLOTS" },
      outcome: "DECIDED",
      winners: ["c1"],
    },
    {
      name: "2/3 of valid: 5 of 9 fails",
      total: 9,
      votes: [5],
      rules: { thresholdPct: 66.67, thresholdBase: "VALID_BALLOTS" },
      outcome: "FAILED",
      winners: [],
    },
    { name: "90% of all members (old council rule): 9 of 10", total: 10, votes: [9], rules: { thresholdPct: 90 }, outcome: "DECIDED", winners: ["c1"] },
    { name: "90% of all members: 8 of 9 (88.89%) fails", total: 9, votes: [8], rules: { thresholdPct: 90 }, outcome: "FAILED", winners: [] },
    { name: "threshold 0: one vote is enough", total: 5, votes: [1, 0], rules: { thresholdPct: 0 }, outcome: "DECIDED", winners: ["c1"] },
    { name: "threshold 0: a candidate with no vote never passes", total: 5, votes: [0, 0], rules: { thresholdPct: 0 }, outcome: "FAILED", winners: [] },
    {
      name: "threshold 100 of present: everyone present",
      total: 6,
      present: 5,
      votes: [5],
      rules: { thresholdPct: 100, thresholdBase: "PRESENT_MEMBERS" },
      outcome: "DECIDED",
      winners: ["c1"],
    },
    {
      name: "threshold 100 of present: one short",
      total: 6,
      present: 5,
      votes: [4],
      rules: { thresholdPct: 100, thresholdBase: "PRESENT_MEMBERS" },
      outcome: "FAILED",
      winners: [],
    },
    {
      name: "no valid ballot: nobody passes a valid-ballots threshold",
      total: 4,
      votes: [0],
      invalid: 4,
      rules: { thresholdBase: "VALID_BALLOTS", thresholdPct: 0 },
      outcome: "FAILED",
      winners: [],
    },
  ])("$name", (c) => {
    const result = run(c);
    expect(result.outcome).toBe(c.outcome);
    expect(result.winners).toEqual(c.winners);
  });

  test("thresholdPct 50 means quá bán (strict) unless told otherwise; other values mean 'at least'", () => {
    expect(run({ name: "", total: 10, votes: [6], outcome: "DECIDED", winners: [] }).threshold).toMatchObject({
      strict: true,
      text: "trên 50% tổng số đơn vị thành viên (quá bán)",
    });
    expect(
      run({ name: "", total: 9, votes: [6], rules: { thresholdPct: 66.67, thresholdBase: "VALID_BALLOTS" }, outcome: "DECIDED", winners: [] }).threshold,
    ).toMatchObject({
      strict: false,
      text: "từ 66,67% số phiếu hợp lệ trở lên",
    });
    expect(run({ name: "", total: 10, votes: [6], rules: { thresholdStrict: false }, outcome: "DECIDED", winners: [] }).threshold.text).toBe(
      "từ 50% tổng số đơn vị thành viên trở lên",
    );
  });

  test("the base counts are recorded with the result", () => {
    const all = run({ name: "", total: 10, present: 7, votes: [5], invalid: 1, outcome: "FAILED", winners: [] });
    expect(all.threshold.baseCount).toBe(10);
    expect(
      run({ name: "", total: 10, present: 7, votes: [5], invalid: 1, rules: { thresholdBase: "PRESENT_MEMBERS" }, outcome: "FAILED", winners: [] }).threshold
        .baseCount,
    ).toBe(7);
    expect(
      run({ name: "", total: 10, present: 7, votes: [5], invalid: 1, rules: { thresholdBase: "VALID_BALLOTS" }, outcome: "FAILED", winners: [] }).threshold
        .baseCount,
    ).toBe(6);
  });
});

describe("per candidate: votes, % of all members, % of the base, rank", () => {
  test("percentages of all members (the minutes' column) and of the threshold base", () => {
    const result = run({
      name: "",
      total: 10,
      present: 8,
      votes: [5, 2],
      invalid: 1,
      rules: { thresholdBase: "VALID_BALLOTS", kind: "AWARD_PROPOSAL", maxChoices: 2 },
      outcome: "DECIDED",
      winners: [],
    });
    expect(result.candidates.map((c) => [c.candidateId, c.votes, c.notFor, c.pctOfAllMembers, c.pctOfBase, c.meetsThreshold, c.rank])).toEqual([
      ["c1", 5, 2, 50, 71.43, true, 1],
      ["c2", 2, 5, 20, 28.57, false, 2],
    ]);
    expect(result.members).toEqual({ summoned: 10, present: 8, represented: 0, absent: 2, votingMembers: 10, votingPresent: 8, excludedCandidates: 0 });
    expect(result.ballots).toEqual({ issued: 8, returned: 8, valid: 7, invalid: 1, blank: null });
  });

  test("equal votes share a rank; the next rank skips", () => {
    const result = run({
      name: "",
      total: 10,
      votes: [6, 8, 6, 1],
      rules: { kind: "AWARD_PROPOSAL", maxChoices: 4, thresholdPct: 0 },
      outcome: "DECIDED",
      winners: [],
    });
    expect(result.candidates.map((c) => c.rank)).toEqual([2, 1, 2, 4]);
    expect(result.winners).toEqual(["c2", "c1", "c3", "c4"]);
  });
});

describe("candidates who may not vote", () => {
  const attendance = members(10);
  const counts = (votes: number, issued: number): BallotCounts => ({ issued, returned: issued, valid: issued, invalid: 0, blank: null, votes: { c1: votes } });

  test("a candidate agency leaves the all-members base: 5 of the 9 voters is quá bán", () => {
    const result = tally({ rules: rules({ kind: "ACCLAIM_LEADER", candidateMayVote: false }), attendance, candidates: candidates(1), counts: counts(5, 9) });
    expect(result.outcome).toBe("DECIDED");
    expect(result.threshold).toMatchObject({ baseCount: 9, text: "trên 50% tổng số đơn vị thành viên có quyền biểu quyết (quá bán)" });
    // The minutes still show the share of all members.
    expect(result.candidates[0].pctOfAllMembers).toBe(50);
    expect(result.members).toMatchObject({ votingMembers: 9, votingPresent: 9, excludedCandidates: 1 });
  });

  test("when the candidate may vote, the same 5 votes are only half of 10", () => {
    expect(tally({ rules: rules({ kind: "ACCLAIM_LEADER" }), attendance, candidates: candidates(1), counts: counts(5, 10) }).outcome).toBe("FAILED");
  });

  test("ballots issued cannot exceed the voters left", () => {
    const result = tally({ rules: rules({ candidateMayVote: false }), attendance, candidates: candidates(1), counts: counts(5, 10) });
    expect(result.outcome).toBe("INVALID_COUNTS");
    expect(result.reasons[0]).toMatch(/không được nhiều hơn số đơn vị có mặt có quyền biểu quyết \(9\)/);
  });
});

describe("quorum and bad counts", () => {
  test("no quorum: the vote fails whatever the ballots say, with the reason", () => {
    const result = run({ name: "", total: 10, present: 6, votes: [6], outcome: "NO_QUORUM", winners: [] });
    expect(result.outcome).toBe("NO_QUORUM");
    expect(result.winners).toEqual([]);
    expect(result.quorum).toEqual({ pct: 66.67, presentPct: 60, reached: false });
    expect(result.reasons).toEqual(["Không đủ số đơn vị tham dự: có mặt 6/10 đơn vị (60%), cần từ 66,67% trở lên."]);
    expect(result.unfilledSeats).toBe(1);
    expect(result.runoff).toBeNull();
    expect(result.candidates[0].status).toBe("NOT_SELECTED");
  });

  test("quorum exactly at the boundary is reached", () => {
    expect(run({ name: "", total: 9, present: 6, votes: [6], outcome: "DECIDED", winners: [] }).quorum.reached).toBe(true);
  });

  test("inconsistent counts give no result, with the committee's messages", () => {
    const counts: BallotCounts = { issued: 10, returned: 10, valid: 8, invalid: 1, blank: null, votes: { c1: 6 } };
    const result = tally({ rules: rules(), attendance: members(10), candidates: candidates(1), counts });
    expect(result.outcome).toBe("INVALID_COUNTS");
    expect(result.winners).toEqual([]);
    expect(result.reasons).toEqual(["Số phiếu hợp lệ (8) cộng số phiếu không hợp lệ (1) phải bằng số phiếu thu về (10)."]);
  });
});
