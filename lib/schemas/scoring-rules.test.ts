import { describe, expect, it } from "vitest";
import { ResetScoringRulesInputSchema, SaveScoringRulesInputSchema, ScoringRulesSettingsSchema } from "./scoring-rules";

const band = (key: string, label: string, minTotal: string, minCriterionPct: string) => ({ key, label, minTotal, minCriterionPct });
const valid = {
  bands: [band("xuat_sac", " Hoàn thành xuất sắc ", "90", "85"), band("TOT", "Hoàn thành tốt", "80,5", "80"), band("KHAC", "Không hoàn thành", "0", "0")],
  tieBreak: ["GROUP_SCORE", "FEWER_PENALTY", "GROUP_SCORE:II"],
  spreadThreshold: "",
  trimFrom: "5",
};
const issues = (input: unknown) => {
  const r = ScoringRulesSettingsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("ScoringRulesSettingsSchema", () => {
  it("parses the form: keys upper-cased, labels trimmed, decimal commas, empty threshold = none", () => {
    expect(ScoringRulesSettingsSchema.parse(valid)).toEqual({
      bands: [
        { key: "XUAT_SAC", label: "Hoàn thành xuất sắc", minTotal: 90, minCriterionPct: 85 },
        { key: "TOT", label: "Hoàn thành tốt", minTotal: 80.5, minCriterionPct: 80 },
        { key: "KHAC", label: "Không hoàn thành", minTotal: 0, minCriterionPct: 0 },
      ],
      tieBreak: [{ kind: "GROUP_SCORE" }, { kind: "FEWER_PENALTY" }, { kind: "GROUP_SCORE", groupCode: "II" }],
      crossScoring: { spreadThreshold: null, trimFrom: 5 },
    });
  });

  it("keeps a threshold of 0 and an empty tie-break list", () => {
    expect(ScoringRulesSettingsSchema.parse({ ...valid, tieBreak: [], spreadThreshold: "0" })).toMatchObject({
      tieBreak: [],
      crossScoring: { spreadThreshold: 0 },
    });
  });

  it.each<[string, object, [string, string][]]>([
    ["no band at all", { bands: [] }, [["bands", "Cần ít nhất một mức xếp loại."]]],
    [
      "bands not in descending order",
      { bands: [band("A", "Mức A", "80", "80"), band("B", "Mức B", "90", "85")] },
      [["bands.1.minTotal", "Các mức xếp theo điểm tối thiểu giảm dần: mức “Mức B” phải có điểm tối thiểu nhỏ hơn mức “Mức A” ở trên."]],
    ],
    [
      "two bands with the same minimum",
      { bands: [band("A", "Mức A", "80", "80"), band("B", "Mức B", "80", "0")] },
      [["bands.1.minTotal", "Các mức xếp theo điểm tối thiểu giảm dần: mức “Mức B” phải có điểm tối thiểu nhỏ hơn mức “Mức A” ở trên."]],
    ],
    [
      "a repeated key (case-insensitive)",
      { bands: [band("A", "Mức A", "90", "80"), band("a", "Mức B", "0", "0")] },
      [["bands.1.key", "Mã mức “A” trùng với mức thứ 1."]],
    ],
    ["a percentage above 100", { bands: [band("A", "Mức A", "90", "101")] }, [["bands.0.minCriterionPct", "Tỷ lệ tối thiểu mỗi tiêu chí phải từ 0 đến 100."]]],
    ["a negative percentage", { bands: [band("A", "Mức A", "90", "-1")] }, [["bands.0.minCriterionPct", "Tỷ lệ tối thiểu mỗi tiêu chí phải từ 0 đến 100."]]],
    ["a negative minimum", { bands: [band("A", "Mức A", "-5", "0")] }, [["bands.0.minTotal", "Điểm tối thiểu phải từ 0 đến 1000."]]],
    ["a minimum that is not a number", { bands: [band("A", "Mức A", "chín mươi", "0")] }, [["bands.0.minTotal", "Điểm tối thiểu phải là một số."]]],
    ["a missing minimum", { bands: [band("A", "Mức A", "", "0")] }, [["bands.0.minTotal", "Vui lòng nhập điểm tối thiểu."]]],
    ["a missing name", { bands: [band("A", "  ", "0", "0")] }, [["bands.0.label", "Vui lòng nhập tên mức."]]],
    [
      "a key with accents",
      { bands: [band("XUẤT SẮC", "Mức A", "0", "0")] },
      [["bands.0.key", "Mã mức chỉ gồm chữ không dấu, chữ số và dấu gạch dưới (ví dụ XUAT_SAC)."]],
    ],
    [
      "a tie-break rule chosen twice",
      { tieBreak: ["FEWER_PENALTY", "HIGHER_BONUS", "FEWER_PENALTY"] },
      [["tieBreak.2", "“Ít điểm trừ hơn” đã được chọn ở thứ tự 1."]],
    ],
    ["an unknown tie-break rule", { tieBreak: ["COIN_TOSS"] }, [["tieBreak.0", "Tiêu chí phân định thứ hạng không hợp lệ."]]],
    ["a negative spread threshold", { spreadThreshold: "-1" }, [["spreadThreshold", "Ngưỡng chênh lệch chấm chéo không được âm."]]],
    ["trimming from fewer than 3 scorers", { trimFrom: "2" }, [["trimFrom", "Số người chấm tối thiểu để bỏ điểm cao nhất, thấp nhất phải từ 3 trở lên."]]],
    ["a fractional scorer count", { trimFrom: "4,5" }, [["trimFrom", "Số người chấm tối thiểu phải là số nguyên."]]],
    ["a missing scorer count", { trimFrom: "" }, [["trimFrom", "Vui lòng nhập số người chấm tối thiểu để bỏ điểm cao nhất, thấp nhất."]]],
  ])("refuses %s", (_name, change, expected) => {
    expect(issues({ ...valid, ...change })).toEqual(expected);
  });
});

describe("SaveScoringRulesInputSchema / ResetScoringRulesInputSchema", () => {
  it("needs the cycle and a readable concurrency token", () => {
    expect(SaveScoringRulesInputSchema.safeParse({ cycleId: "c1", updatedAt: "2026-11-22T05:00:00.000Z", settings: valid }).success).toBe(true);
    const r = ResetScoringRulesInputSchema.safeParse({ cycleId: "c1", updatedAt: "hôm qua" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(["Thiếu phiên bản dữ liệu."]);
  });
});
