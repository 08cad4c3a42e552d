import { describe, expect, it } from "vitest";
import { activityDatesProblem, activityProposals, proposalInput, resultOrder, type ActivityPoints, type ProposalCriterion } from "./bloc-activity";

const row = (over: Partial<ActivityPoints>): ActivityPoints => ({
  activityId: "a1",
  title: "Hội thi A",
  criterionCode: "C1",
  agencyId: "X",
  points: 2,
  ...over,
});
const criteria = [
  { code: "C1", minPoints: 0, maxPoints: 5 },
  { code: "C2", minPoints: 0, maxPoints: 1 },
];

describe("activityProposals", () => {
  it.each([
    ["one participant", [row({})], { C1: 2 }],
    ["points summed over participants and activities", [row({}), row({ points: 1.5 }), row({ activityId: "a2", title: "Hội thi B", points: 1 })], { C1: 4.5 }],
    ["capped at the criterion's maximum", [row({ criterionCode: "C2", points: 3 })], { C2: 1 }],
    ["another agency's points ignored", [row({ agencyId: "Y" })], {}],
    ["no points: no proposal", [row({ points: null })], {}],
    ["unlinked activity: no proposal", [row({ criterionCode: null })], {}],
    ["a code the table lacks: no proposal", [row({ criterionCode: "ZZ" })], {}],
  ])("%s", (_, rows, expected) => {
    const got = Object.fromEntries([...activityProposals(rows, "X", criteria)].map(([k, v]) => [k, v.points]));
    expect(got).toEqual(expected);
  });

  it("names each activity once", () => {
    const got = activityProposals([row({}), row({}), row({ activityId: "a2", title: "Hội thi B" })], "X", criteria);
    expect(got.get("C1")?.titles).toEqual(["Hội thi A", "Hội thi B"]);
  });
});

describe("activityDatesProblem", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it.each([
    [d("2026-03-01"), null, null],
    [d("2026-03-01"), d("2026-03-01"), null],
    [d("2026-03-02"), d("2026-03-01"), "Ngày kết thúc không được trước ngày bắt đầu."],
    [d("2025-12-31"), null, "Ngày bắt đầu phải thuộc năm 2026."],
  ])("%s – %s", (start, end, expected) => {
    expect(activityDatesProblem(2026, start, end)).toBe(expected);
  });
});

describe("proposalInput", () => {
  const c = (over: Partial<ProposalCriterion>): ProposalCriterion => ({ type: "COUNT", maxPoints: 5, pointsPerUnit: 1, levels: [], ...over });
  const levels = [
    { order: 3, points: 3 },
    { order: 2, points: 2 },
    { order: 0, points: 0 },
  ];
  it.each<[string, ProposalCriterion, number, number | null]>([
    ["count, 1 point a unit: the points", c({}), 3, 3],
    ["bonus, 2 points a unit: the units", c({ type: "BONUS", pointsPerUnit: 2 }), 4, 2],
    ["bonus, not a whole number of units: note only", c({ type: "BONUS", pointsPerUnit: 2 }), 3, null],
    ["count with decimal points: note only", c({}), 1.5, null],
    ["count without a rate: note only", c({ pointsPerUnit: null }), 2, null],
    ["count counting down (absences): note only", c({ pointsPerUnit: -1 }), 3, null],
    ["graded: the level worth the points", c({ type: "GRADED", levels }), 2, 2],
    ["graded: no level worth the points", c({ type: "GRADED", levels }), 1, null],
    ["yes/no at the maximum: Có", c({ type: "YES_NO", maxPoints: 3 }), 3, 1],
    ["yes/no at 0: Không", c({ type: "YES_NO", maxPoints: 3 }), 0, 0],
    ["yes/no in between: note only", c({ type: "YES_NO", maxPoints: 3 }), 2, null],
    ["quantitative: note only", c({ type: "QUANTITATIVE" }), 2, null],
    ["penalty: note only", c({ type: "PENALTY" }), 0, null],
    ["gate: note only", c({ type: "GATE" }), 0, null],
  ])("%s", (_, criterion, points, expected) => {
    expect(proposalInput(criterion, points)).toBe(expected);
  });
});

describe("resultOrder", () => {
  it("puts most points first, rows without points last, then agencies and people by Vietnamese name", () => {
    const r = (agency: string, points: number | null, personName: string | null = null) => ({ agency, personName, result: null, prize: null, points });
    const rows = [
      r("Văn phòng", null),
      r("Ban Tổ chức", 2),
      r("Đảng ủy Khối", 3),
      r("Ban Dân vận", 2),
      r("Ban Dân vận", 2, "Đỗ Văn B"),
      r("Ban Dân vận", 2, "An Thị C"),
    ];
    expect(resultOrder(rows).map((x) => [x.agency, x.personName, x.points])).toEqual([
      ["Đảng ủy Khối", null, 3],
      ["Ban Dân vận", null, 2],
      ["Ban Dân vận", "An Thị C", 2],
      ["Ban Dân vận", "Đỗ Văn B", 2],
      ["Ban Tổ chức", null, 2],
      ["Văn phòng", null, null],
    ]);
  });
});
