import { describe, expect, test } from "vitest";
import { planAgencyChange } from "./agency-change";
import type { AgencyChangeInput } from "./agency-change-types";
import { member, BTG, known, base, plan } from "./agency-change-fixtures";

describe("planAgencyChange: refusals", () => {
  const NEW = (name: string, type: string | null = "BAN_DANG") => ({ newAgency: { name, shortName: name, type } });
  test.each<[string, Partial<AgencyChangeInput>, Record<string, string[]>]>([
    [
      "01/01 of the year belongs to the year before",
      { effectiveOn: "2025-01-01" },
      { effectiveOn: ["Thay đổi có hiệu lực từ 01/01/2025 thì các cơ quan cũ là thành viên đến hết năm 2024: hãy ghi nhận ở danh sách thành viên năm 2024."] },
    ],
    [
      "a day in the year before is refused",
      { effectiveOn: "2024-06-01" },
      { effectiveOn: ["Ngày hiệu lực phải trong năm 2025 (hoặc 01/01/2026 nếu thay đổi có hiệu lực từ đầu năm sau)."] },
    ],
    [
      "02/01 of the next year is refused",
      { effectiveOn: "2026-01-02" },
      { effectiveOn: ["Ngày hiệu lực phải trong năm 2025 (hoặc 01/01/2026 nếu thay đổi có hiệu lực từ đầu năm sau)."] },
    ],
    ["a merger of one agency is refused", { predecessorIds: ["btg"] }, { predecessorIds: ["Hợp nhất cần chọn ít nhất hai cơ quan thành viên."] }],
    ["a merger with no successor is refused", { successors: [] }, { successors: ["Hợp nhất cần đúng một cơ quan kế thừa."] }],
    ["a merger with two successors is refused", { successors: [NEW("A"), NEW("B")] }, { successors: ["Hợp nhất cần đúng một cơ quan kế thừa."] }],
    [
      "a split of two agencies is refused",
      { kind: "SPLIT", predecessorIds: ["btg", "bdv"], successors: [NEW("A"), NEW("B")] },
      { predecessorIds: ["Chia tách cần chọn đúng một cơ quan thành viên."] },
    ],
    [
      "a split into one agency is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [NEW("A")] },
      { successors: ["Chia tách cần ít nhất hai cơ quan sau chia tách."] },
    ],
    [
      "a split into the predecessor itself is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [NEW("A"), { existingId: "btc" }] },
      { successors: ["Ban Tổ chức không thể vừa là cơ quan bị chia tách vừa là cơ quan sau chia tách."] },
    ],
    [
      "a split into two new agencies with the same name is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [NEW("Ban A"), NEW("ban a")] },
      { successors: ["Các cơ quan mới phải có tên khác nhau."] },
    ],
    [
      "a split naming the same existing agency twice is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [{ existingId: "outside" }, { existingId: "outside" }] },
      { successors: ["Ban Nội chính được chọn hai lần."] },
    ],
    [
      "a new agency without a type is refused (except a rename)",
      { successors: [NEW("Ban mới", null)] },
      { successors: ["Vui lòng chọn loại cơ quan cho “Ban mới”."] },
    ],
    [
      "a rename of two agencies is refused",
      { kind: "RENAME", predecessorIds: ["btg", "bdv"], successors: [NEW("Ban mới")] },
      { predecessorIds: ["Đổi tên cần chọn đúng một cơ quan thành viên."] },
    ],
    [
      "a rename to an existing agency is refused",
      { kind: "RENAME", predecessorIds: ["btg"], successors: [{ existingId: "outside" }] },
      { successors: ["Đổi tên cần nhập tên mới của cơ quan."] },
    ],
    [
      "a rename to the same name is refused",
      { kind: "RENAME", predecessorIds: ["btg"], successors: [NEW(" ban tuyên giáo ", null)] },
      { successors: ["Tên mới trùng với tên hiện tại của cơ quan."] },
    ],
    [
      "a predecessor that is not a member is refused",
      { predecessorIds: ["btg", "outside"] },
      { predecessorIds: ["Cơ quan được chọn không thuộc danh sách thành viên năm 2025."] },
    ],
    [
      "a predecessor that already left is refused",
      { predecessorIds: ["btg", "left"] },
      { predecessorIds: ["Trường Chính trị không còn là thành viên của khối vào ngày 28/02/2025 (trước ngày hiệu lực)."] },
    ],
    [
      "a predecessor that joins on the effective day is refused",
      { predecessorIds: ["btg", "late"], effectiveOn: "2025-06-01" },
      { predecessorIds: ["Báo tỉnh không còn là thành viên của khối vào ngày 31/05/2025 (trước ngày hiệu lực)."] },
    ],
    ["an unknown successor is refused", { successors: [{ existingId: "nope" }] }, { successors: ["Không tìm thấy cơ quan kế thừa được chọn."] }],
    [
      "a dissolved successor is refused",
      { successors: [{ existingId: "gone" }] },
      { successors: ["Ban cũ đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/02/2025."] },
    ],
    [
      "a successor that left the bloc before the change is refused",
      { successors: [{ existingId: "left" }] },
      { successors: ["Trường Chính trị đã rời khối ngày 31/01/2025, trước ngày hiệu lực."] },
    ],
  ])("%s", (_name, over, errors) => {
    expect(plan(over)).toEqual({ ok: false, errors });
  });

  test("a predecessor dissolved before the change is refused", () => {
    const r = planAgencyChange(2025, [member("x", "X", { dissolvedOn: "2025-02-01" }), BTG], known, { ...base, predecessorIds: ["x", "btg"] });
    expect(r).toEqual({ ok: false, errors: { predecessorIds: ["X đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/02/2025."] } });
  });

  test("a predecessor already merged on the same day (recorded twice) is refused", () => {
    const merged = { leftOn: "2025-02-28", dissolvedOn: "2025-03-01" };
    const r = planAgencyChange(2025, [member("btg", "Ban Tuyên giáo", merged), member("bdv", "Ban Dân vận", merged)], known, base);
    expect(r).toEqual({
      ok: false,
      errors: {
        predecessorIds: [
          "Ban Tuyên giáo đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025.",
          "Ban Dân vận đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025.",
        ],
      },
    });
  });

  test("every error of a bad change is reported at once", () => {
    const r = plan({ effectiveOn: "2024-01-01", predecessorIds: [], successors: [] });
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(["effectiveOn", "predecessorIds", "successors"]);
  });
});

describe("planAgencyChange: dissolution", () => {
  test("a dissolution ends the membership, dissolves the agency and records a link without successor", () => {
    expect(plan({ kind: "DISSOLUTION", effectiveOn: "2025-09-01", predecessorIds: ["btc"], successors: [] })).toEqual({
      ok: true,
      operations: [
        { op: "END_MEMBERSHIP", agencyId: "btc", leftOn: "2025-08-31" },
        { op: "DISSOLVE_AGENCY", agencyId: "btc", dissolvedOn: "2025-09-01" },
        { op: "LINK_LINEAGE", predecessorId: "btc", successor: null, kind: "DISSOLUTION", effectiveOn: "2025-09-01", decisionRef: "QĐ 983-QĐ/TU", note: null },
      ],
    });
  });

  test("a dissolution with a successor is refused", () => {
    expect(plan({ kind: "DISSOLUTION", predecessorIds: ["btc"], successors: [{ existingId: "outside" }] })).toEqual({
      ok: false,
      errors: { successors: ["Giải thể không có cơ quan kế thừa: hãy ghi nhận hợp nhất hoặc chia tách."] },
    });
  });
});
