import { describe, expect, it } from "vitest";
import { crossPointsError, crossScoringRefusal, crossSubmissionGaps, crossVisibility, type CrossViewer } from "./cross-scoring-access";

describe("crossVisibility", () => {
  const none = new Set<string>();
  const aDone = new Set(["A"]);
  it.each<[string, CrossViewer, string, ReadonlySet<string>, string]>([
    ["a scorer before its submission", { memberAgencyIds: ["A"], readAll: false }, "B", none, "HIDDEN"],
    ["a scorer after its submission", { memberAgencyIds: ["A"], readAll: false }, "B", aDone, "ALL"],
    ["another scorer's submission does not count", { memberAgencyIds: ["A"], readAll: false }, "B", new Set(["C"]), "HIDDEN"],
    ["a chair whose agency is a scorer, before", { memberAgencyIds: ["A"], readAll: true }, "B", none, "HIDDEN"],
    ["a chair whose agency is a scorer, after", { memberAgencyIds: ["A"], readAll: true }, "B", aDone, "ALL"],
    ["the target itself", { memberAgencyIds: ["B"], readAll: false }, "B", none, "FINAL_ONLY"],
    ["the target itself with read-all", { memberAgencyIds: ["B"], readAll: true }, "B", new Set(["B"]), "FINAL_ONLY"],
    ["council staff (read-all, no member agency)", { memberAgencyIds: [], readAll: true }, "B", none, "ALL"],
    ["an observer without read-all", { memberAgencyIds: [], readAll: false }, "B", aDone, "NONE"],
    ["two member agencies, one submitted", { memberAgencyIds: ["A", "C"], readAll: false }, "B", aDone, "HIDDEN"],
    ["two member agencies, both submitted", { memberAgencyIds: ["A", "C"], readAll: false }, "B", new Set(["A", "C"]), "ALL"],
  ])("%s", (_name, viewer, target, submitted, expected) => {
    expect(crossVisibility(viewer, target, submitted)).toBe(expected);
  });
});

describe("crossScoringRefusal", () => {
  const members = new Set(["A", "B"]);
  it.each<[string, string, string | null]>([
    ["A", "B", null],
    ["A", "A", "Không cơ quan nào được chấm chéo cơ quan của chính mình."],
    ["X", "B", "Cơ quan chấm không phải thành viên của khối năm này."],
    ["A", "X", "Cơ quan được chấm không phải thành viên của khối năm này."],
  ])("%s scoring %s", (scorer, target, expected) => {
    expect(crossScoringRefusal(scorer, target, members)).toBe(expected);
  });
});

describe("crossSubmissionGaps", () => {
  const criteria = [
    { id: "g", code: "I", name: "Nhóm I", type: "GROUP", parentId: null },
    { id: "a", code: "1.1", name: "Xếp mức", type: "GRADED", parentId: "g" },
    { id: "b", code: "1.2", name: "Có/không", type: "YES_NO", parentId: "g" },
    { id: "t", code: "T1", name: "Thưởng", type: "BONUS", parentId: null },
    { id: "v", code: "G1", name: "Phủ quyết", type: "GATE", parentId: null },
  ];
  it.each<[string, string[], string[]]>([
    ["nothing scored: every scorable leaf, in order, no group, no gate", [], ["1.1 Xếp mức", "1.2 Có/không", "T1 Thưởng"]],
    ["some scored", ["a", "t"], ["1.2 Có/không"]],
    ["all scored", ["a", "b", "t"], []],
    ["a score on the group does not replace its children", ["g", "a"], ["1.2 Có/không", "T1 Thưởng"]],
  ])("%s", (_name, scored, expected) => {
    expect(crossSubmissionGaps(criteria, new Set(scored))).toEqual(expected);
  });
});

describe("crossPointsError", () => {
  it.each<[number, string | null]>([
    [0, null],
    [5, null],
    [2.25, null],
    [-0.01, "Điểm chấm chéo phải từ 0 đến 5."],
    [5.01, "Điểm chấm chéo phải từ 0 đến 5."],
    [1.234, "Điểm chấm chéo có tối đa 2 chữ số thập phân."],
    [Number.NaN, "Điểm chấm chéo phải là một số."],
  ])("%s in [0, 5]", (points, expected) => {
    expect(crossPointsError(points, { minPoints: 0, maxPoints: 5 })).toBe(expected);
  });
});
