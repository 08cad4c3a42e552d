import { describe, expect, it } from "vitest";
import { conferenceQuorum } from "./quorum-summary";

describe("conferenceQuorum", () => {
  const members = ["a", "b", "c", "d"];
  it.each([
    [
      "all present",
      [
        ["a", "PRESENT"],
        ["b", "PRESENT"],
        ["c", "REPRESENTED"],
        ["d", "PRESENT"],
      ],
      50,
      { present: 4, represented: 1, absent: 0, unrecorded: 0, reached: true, line: "Có mặt 4/4 cơ quan — đủ số lượng" },
    ],
    [
      "exactly half reaches 50%",
      [
        ["a", "PRESENT"],
        ["b", "REPRESENTED"],
        ["c", "ABSENT"],
        ["d", "ABSENT"],
      ],
      50,
      { present: 2, absent: 2, reached: true, line: "Có mặt 2/4 cơ quan — đủ số lượng" },
    ],
    [
      "half does not reach 75%",
      [
        ["a", "PRESENT"],
        ["b", "PRESENT"],
        ["c", "ABSENT"],
        ["d", "ABSENT"],
      ],
      75,
      { present: 2, reached: false, line: "Có mặt 2/4 cơ quan — không đủ số lượng" },
    ],
    [
      "unrecorded members are not present",
      [["a", "PRESENT"]],
      50,
      { present: 1, absent: 0, unrecorded: 3, reached: false, line: "Có mặt 1/4 cơ quan — không đủ số lượng" },
    ],
    ["nobody recorded", [], 50, { present: 0, unrecorded: 4, reached: false }],
  ] as const)("%s", (_name, rows, pct, expected) => {
    const q = conferenceQuorum(
      members,
      rows.map(([agencyId, status]) => ({ agencyId, status })),
      pct,
    );
    expect(q).toMatchObject({ members: 4, quorumPct: pct, ...expected });
  });

  it("has no members: not reached", () => {
    expect(conferenceQuorum([], [], 50)).toMatchObject({
      members: 0,
      present: 0,
      reached: false,
      presentPct: null,
      line: "Có mặt 0/0 cơ quan — không đủ số lượng",
    });
  });
});
