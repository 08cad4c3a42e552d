import { describe, expect, test } from "vitest";
import { checkQuorum, electorate, summariseAttendance } from "./quorum";
import type { AttendanceInput, AttendanceStatus } from "./types";

/** "PPRA" → a: PRESENT, b: PRESENT, c: REPRESENTED, d: ABSENT. */
const roll = (codes: string): AttendanceInput[] =>
  [...codes].map((code, i) => ({
    agencyId: String.fromCharCode(97 + i),
    status: ({ P: "PRESENT", R: "REPRESENTED", A: "ABSENT" } as Record<string, AttendanceStatus>)[code],
  }));

describe("summariseAttendance", () => {
  test("counts summoned, present (with represented), represented and absent", () => {
    expect(summariseAttendance(roll("PPRA"))).toEqual({
      summoned: 4,
      present: 3,
      represented: 1,
      absent: 1,
      presentAgencyIds: ["a", "b", "c"],
      absentAgencyIds: ["d"],
    });
  });

  test("an agency listed twice counts once, as its first row says", () => {
    const rows: AttendanceInput[] = [...roll("PA"), { agencyId: "a", status: "ABSENT" }];
    expect(summariseAttendance(rows)).toMatchObject({ summoned: 2, present: 1, absent: 1 });
  });

  test("nobody summoned", () => {
    expect(summariseAttendance([])).toMatchObject({ summoned: 0, present: 0, represented: 0, absent: 0 });
  });
});

describe("checkQuorum: present / summoned ≥ quorumPct", () => {
  test.each<[string, string, number, boolean, number | null]>([
    ["2/3 (66.67): 6 of 9 present reaches it", "PPPPPRAAA", 66.67, true, 66.67],
    ["2/3: 5 of 9 does not", "PPPPRAAAA", 66.67, false, 55.56],
    ["2/3: 8 of 12 exactly", "PPPPPPPRAAAA", 66.67, true, 66.67],
    ["50%: exactly half reaches it (at least, not more than)", "PPAA", 50, true, 50],
    ["50%: one short", "PAAA", 50, false, 25],
    ["represented members count as present", "RRRA", 75, true, 75],
    ["0%: reached even with nobody present", "AAAA", 0, true, 0],
    ["100%: everyone present", "PPPR", 100, true, 100],
    ["100%: one absent fails", "PPPA", 100, false, 75],
    ["nobody summoned: never reached", "", 0, false, null],
  ])("%s", (_name, codes, pct, reached, presentPct) => {
    const check = checkQuorum(roll(codes), pct);
    expect(check.reached).toBe(reached);
    expect(check.presentPct).toBe(presentPct);
    expect(check.message === null).toBe(reached);
  });

  test("the refusal says how many came and what was needed", () => {
    expect(checkQuorum(roll("PPPPRAAAA"), 66.67).message).toBe("Không đủ số đơn vị tham dự: có mặt 5/9 đơn vị (55,56%), cần từ 66,67% trở lên.");
    expect(checkQuorum([], 50).message).toMatch(/Chưa có danh sách đơn vị được triệu tập/);
  });
});

describe("electorate: who votes, and the all-members base", () => {
  const candidates = [{ agencyId: "a" }, { agencyId: "d" }, { agencyId: null }, { agencyId: "zz" }];
  test.each<[string, string, boolean, { allMembers: number; present: number; voterAgencyIds: string[]; excludedAgencyIds: string[] }]>([
    ["candidates may vote: every present member", "PPRA", true, { allMembers: 4, present: 3, voterAgencyIds: ["a", "b", "c"], excludedAgencyIds: [] }],
    // a (present) and d (absent) are candidates; a person and a non-member candidate exclude nobody.
    [
      "candidates may not vote: they leave both counts",
      "PPRA",
      false,
      { allMembers: 2, present: 2, voterAgencyIds: ["b", "c"], excludedAgencyIds: ["a", "d"] },
    ],
    ["nobody present", "AAAA", true, { allMembers: 4, present: 0, voterAgencyIds: [], excludedAgencyIds: [] }],
  ])("%s", (_name, codes, mayVote, expected) => {
    expect(electorate(roll(codes), candidates, mayVote)).toEqual(expected);
  });
});
