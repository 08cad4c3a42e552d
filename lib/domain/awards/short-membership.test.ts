import { describe, expect, test } from "vitest";
import { shortMembershipNotes } from "./short-membership";

const person = (atAgencySince: string | null) => ({ name: "Nguyễn Văn An", position: null, discipline: null, titles: [], atAgencySince });

describe("shortMembershipNotes", () => {
  test("an agency that joined the bloc after 1 July is flagged; on 1 July or before it is not", () => {
    expect(shortMembershipNotes({ name: "Báo Kon Tum", joinedOn: "2026-07-02" }, null, 2026)).toEqual([
      "Báo Kon Tum tham gia khối từ ngày 02/07/2026 (sau 01/07): chưa đủ một năm thi đua trong khối năm 2026.",
    ]);
    expect(shortMembershipNotes({ name: "Báo Kon Tum", joinedOn: "2026-07-01" }, null, 2026)).toEqual([]);
    expect(shortMembershipNotes({ name: "Báo Kon Tum", joinedOn: null }, null, 2026)).toEqual([]);
  });

  test("a person at the agency for under six months of the year is flagged for Lao động tiên tiến; an earlier start or an unknown one is not", () => {
    expect(shortMembershipNotes({ name: "Ban Tổ chức", joinedOn: null }, person("2026-09-15"), 2026)).toEqual([
      "Nguyễn Văn An công tác tại cơ quan từ ngày 15/09/2026: chưa đủ 6 tháng trong năm 2026, không được xét danh hiệu “Lao động tiên tiến” năm 2026 (Thông tư 01/2024/TT-BNV).",
    ]);
    expect(shortMembershipNotes({ name: "Ban Tổ chức", joinedOn: null }, person("2026-03-01"), 2026)).toEqual([]);
    expect(shortMembershipNotes({ name: "Ban Tổ chức", joinedOn: null }, person("2019-09-15"), 2026)).toEqual([]);
    expect(shortMembershipNotes({ name: "Ban Tổ chức", joinedOn: null }, person(null), 2026)).toEqual([]);
  });
});
