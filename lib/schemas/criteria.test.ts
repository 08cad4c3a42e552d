import { describe, expect, it } from "vitest";
import { CreateTableInputSchema, CriterionInputSchema, criterionFormFields } from "./criteria";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("CriterionInputSchema", () => {
  it("reads the form with levels, checkboxes and a decimal comma", () => {
    const parsed = CriterionInputSchema.parse(
      criterionFormFields(
        form([
          ["tableId", "t1"],
          ["parentId", "g1"],
          ["code", " 1.1 "],
          ["name", "Công tác tuyên truyền"],
          ["type", "GRADED"],
          ["maxPoints", "10,5"],
          ["evidenceRequired", "on"],
          ["levelLabel", "Tốt"],
          ["levelPoints", "10"],
          ["levelDescriptor", ""],
          ["levelLabel", ""],
          ["levelPoints", ""],
          ["levelDescriptor", ""],
        ]),
      ),
    );
    expect(parsed.criterionId).toBeUndefined();
    expect(parsed).toMatchObject({
      code: "1.1",
      maxPoints: 10.5,
      minPoints: 0,
      evidenceRequired: true,
      allowNA: false,
      levels: [{ label: "Tốt", points: 10, descriptor: null }],
    });
  });
  it.each([
    ["maxPoints", "", "Vui lòng nhập điểm tối đa."],
    ["maxPoints", "-1", "Điểm tối đa phải là một số không âm (tối đa 2 chữ số thập phân)."],
    ["maxPoints", "1.234", "Điểm tối đa phải là một số không âm (tối đa 2 chữ số thập phân)."],
    ["code", "", "Vui lòng nhập mã."],
    ["type", "OTHER", "Vui lòng chọn loại tiêu chí."],
  ])("%s = %j → %s", (field, value, message) => {
    const r = CriterionInputSchema.safeParse({ tableId: "t", code: "1", name: "n", type: "YES_NO", maxPoints: "1", [field]: value });
    expect(r.success ? null : r.error.issues.map((i) => i.message)).toEqual([message]);
  });
  it("accepts a negative points-per-unit (counting down) but no negative cap", () => {
    expect(CriterionInputSchema.parse({ tableId: "t", code: "1", name: "n", type: "COUNT", maxPoints: "5", pointsPerUnit: "-0,5" }).pointsPerUnit).toBe(-0.5);
    expect(CriterionInputSchema.safeParse({ tableId: "t", code: "1", name: "n", type: "COUNT", maxPoints: "5", cap: "-1" }).success).toBe(false);
  });
});

describe("CreateTableInputSchema", () => {
  it.each([
    [{ cycleId: "c", title: "Bảng", scale: "100", bonusCap: "" }, true],
    [{ cycleId: "c", title: "", scale: "100" }, false],
    [{ cycleId: "c", title: "Bảng", scale: "abc" }, false],
  ])("%j → %s", (input, ok) => {
    expect(CreateTableInputSchema.safeParse(input).success).toBe(ok);
  });
});
