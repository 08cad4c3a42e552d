import { describe, expect, it } from "vitest";
import { checkIdentityChange, checkStageDays, removalRefusal } from "./edit-rules";
import type { RoleModelStage, StageDays } from "./stages";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const ctx = { year: 2025, today: d("2025-10-15") };
const days = (over: Partial<StageDays> = {}): StageDays => ({ foundOn: d("2025-02-01"), fosteredOn: null, reviewedOn: null, replicatedOn: null, ...over });
const reviewed = days({ fosteredOn: d("2025-04-01"), reviewedOn: d("2025-09-01") });

describe("checkStageDays", () => {
  it.each<[string, RoleModelStage, StageDays]>([
    ["found", "FOUND", days()],
    ["reviewed, days in order", "REVIEWED", reviewed],
    ["same day for every stage", "REPLICATED", days({ fosteredOn: d("2025-02-01"), reviewedOn: d("2025-02-01"), replicatedOn: d("2025-02-01") })],
    ["a later stage on today", "FOSTERED", days({ fosteredOn: d("2025-10-15") })],
  ])("accepts %s", (_name, stage, value) => {
    expect(checkStageDays(stage, value, ctx)).toBeNull();
  });

  it.each<[string, RoleModelStage, StageDays, Record<string, string[]>]>([
    ["a found day outside the year", "FOUND", days({ foundOn: d("2024-12-31") }), { foundOn: ["Ngày phát hiện phải trong năm 2025."] }],
    ["a day after today", "FOSTERED", days({ fosteredOn: d("2025-10-16") }), { fosteredOn: ["Ngày bồi dưỡng không được sau hôm nay (15/10/2025)."] }],
    [
      "a day before the previous stage's",
      "REVIEWED",
      { ...reviewed, reviewedOn: d("2025-03-31") },
      { reviewedOn: ["Ngày tổng kết không được trước ngày bồi dưỡng (01/04/2025)."] },
    ],
    ["a reached stage without its day", "REVIEWED", { ...reviewed, fosteredOn: null }, { fosteredOn: ["Vui lòng chọn ngày bồi dưỡng."] }],
    ["a day for a stage not reached", "FOSTERED", { ...reviewed }, { reviewedOn: ["Khâu “Tổng kết” chưa đạt: không ghi ngày (dùng “Chuyển khâu” khi đạt)."] }],
  ])("refuses %s", (_name, stage, value, errors) => {
    expect(checkStageDays(stage, value, ctx)).toEqual(errors);
  });
});

describe("checkIdentityChange", () => {
  const before = { agencyId: "a", target: "COLLECTIVE" };
  it("lets agency and kind change while no nomination was made from the entry", () => {
    expect(checkIdentityChange(before, { agencyId: "b", target: "INDIVIDUAL" }, 0)).toBeNull();
    expect(checkIdentityChange(before, before, 2)).toBeNull();
  });
  it("keeps them once nominated", () => {
    expect(checkIdentityChange(before, { agencyId: "b", target: "INDIVIDUAL" }, 1)).toEqual({
      agencyId: ["Không thể đổi cơ quan: đã có 1 đề nghị khen thưởng lập từ điển hình này."],
      target: ["Không thể đổi tập thể/cá nhân: đã có 1 đề nghị khen thưởng lập từ điển hình này."],
    });
  });
});

describe("removalRefusal", () => {
  it("refuses only an entry linked to a nomination, saying how many", () => {
    expect(removalRefusal(0)).toBeNull();
    expect(removalRefusal(2)).toContain("đã có 2 đề nghị khen thưởng");
  });
});
