import { describe, expect, it } from "vitest";
import { auditFieldLabel, auditValueText } from "./audit-text";

// Snapshots as the audit log stores them (read from a seeded database): lists of objects.
describe("auditValueText: lists of records read as words, not JSON", () => {
  it("a pledge commitment: its number, its text and its target as one figure", () => {
    const commitment = {
      text: "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ",
      number: 2,
      targetKind: "PERCENT",
      targetUnit: null,
      targetValue: 90,
      criterionIds: ["cmx1"],
      targetComparator: "AT_LEAST",
    };
    expect(auditValueText("commitments", commitment, "Pledge")).toBe("2. Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ (Chỉ tiêu: ≥ 90%)");
  });

  it("a commitment without a measurable target has no target part", () => {
    const commitment = {
      text: "Tổ chức tuyên truyền",
      number: 1,
      targetKind: "TEXT",
      targetUnit: null,
      targetValue: null,
      criterionIds: [],
      targetComparator: "EXACTLY",
    };
    expect(auditValueText("commitments", commitment, "Pledge")).toBe("1. Tổ chức tuyên truyền");
  });

  it("a registration target and a title", () => {
    const target = { kind: "PERCENT", text: "cán bộ đạt Lao động tiên tiến", order: 1, value: 95, comparator: "AT_LEAST" };
    expect(auditValueText("targets", target, "Registration")).toBe("1. cán bộ đạt Lao động tiên tiến (Chỉ tiêu: ≥ 95%)");
    expect(auditValueText("titles", [{ code: "TTLDXS", name: "Tập thể lao động xuất sắc" }], "Registration")).toBe("Tập thể lao động xuất sắc (Mã: TTLDXS)");
  });

  it("a vote's candidate, a publication's row, a decision's item, a band and a tie-break rule", () => {
    expect(auditValueText("candidates", { label: "Ban Tổ chức", votes: 8, status: "SELECTED" }, "Vote")).toBe(
      "Ban Tổ chức (Số phiếu: 8; Trạng thái: Được chọn)",
    );
    expect(auditValueText("totals", { band: "Hoàn thành tốt nhiệm vụ", rank: 1, total: 92.5, agency: "Văn phòng Tỉnh ủy" }, "ResultPublication")).toBe(
      "Văn phòng Tỉnh ủy (Xếp loại: Hoàn thành tốt nhiệm vụ; Thứ hạng: 1; Tổng điểm: 92,5)",
    );
    const item = {
      reason: null,
      outcome: "APPROVED",
      recipient: "Nguyễn Thị Thu Hà (Ban Tổ chức)",
      nominationId: "cmxcxjlc000i9qi7ds208mqox",
      changedToFormId: null,
    };
    expect(auditValueText("items", item, "Decision")).toBe("Nguyễn Thị Thu Hà (Ban Tổ chức) (Kết quả: Được khen)");
    expect(auditValueText("bands", { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: 90, minCriterionPct: 85 }, "Cycle")).toBe(
      "Hoàn thành xuất sắc nhiệm vụ (Tổng điểm tối thiểu: 90; Tỷ lệ tối thiểu mỗi tiêu chí (%): 85)",
    );
    expect(auditValueText("tieBreak", { kind: "GROUP_SCORE", groupCode: "II" }, "Cycle")).toBe("Điểm nhóm II cao hơn");
  });

  it("never prints JSON or an id", () => {
    const text = auditValueText(
      "excluded",
      [{ reason: "Chưa lập bảng tự chấm", agencyName: "Ban Nội chính", agencyId: "cmxcxeo88018zst7d73w5342p" }],
      "ResultPublication",
    );
    expect(text).toBe("Ban Nội chính (Lý do: Chưa lập bảng tự chấm)");
    expect(text).not.toMatch(/[{}"]|cmx/);
  });

  it("the list keys have Vietnamese names", () => {
    for (const key of ["commitments", "targets", "titles", "candidates", "totals", "bands", "tieBreak", "excluded", "items"])
      expect(auditFieldLabel(key)).not.toBe(key);
  });
});
