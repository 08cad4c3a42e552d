import { describe, expect, it } from "vitest";
import { activityDatesProblem, activityProposals, type ActivityPoints } from "./bloc-activity";

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
