import { describe, expect, test } from "vitest";
import {
  ACCOUNT_COLUMNS,
  type Cell,
  checkAccountXlsxUpload,
  columnLetter,
  type ImportLookups,
  MAX_ACCOUNT_ROWS,
  readAccountRows,
  readDay,
  resolveAccountRows,
  roleFromText,
  sortImportErrors,
} from "./account-import";

const HEAD: Cell[] = [...ACCOUNT_COLUMNS];
// Họ và tên, Chức danh, Email, Điện thoại, Mã cơ quan, Vai trò, Mã khối, Từ ngày, Đến ngày
const row = (over: Partial<Record<(typeof ACCOUNT_COLUMNS)[number], Cell>> = {}): Cell[] => {
  const base: Record<string, Cell> = { "Họ và tên": "Nguyễn Văn An", Email: "an@tinh.gov.vn", ...over };
  return ACCOUNT_COLUMNS.map((c) => base[c] ?? null);
};

describe("readDay", () => {
  test.each<[Cell, string | null | { error: string }]>([
    [null, null],
    ["", null],
    ["01/02/2026", "2026-02-01"],
    ["1/2/2026", "2026-02-01"],
    ["2026-02-01", "2026-02-01"],
    ["30/02/2026", { error: "ngày không có thật trên lịch." }],
    ["2026/02/01", { error: "ngày phải có dạng dd/MM/yyyy, ví dụ 01/01/2026." }],
    [45000, { error: "ngày phải có dạng dd/MM/yyyy, ví dụ 01/01/2026." }],
  ])("%j → %j", (cell, expected) => {
    expect(readDay(cell)).toEqual(expected);
  });
});

describe("roleFromText and columnLetter", () => {
  test.each<[string, string | null]>([
    ["Thư ký khối", "SECRETARY"],
    ["  trưởng   KHỐI ", "CHAIR"],
    ["Cán bộ Hội đồng TĐKT", "COUNCIL_STAFF"],
    ["AGENCY_OFFICER", "AGENCY_OFFICER"],
    ["Giám đốc", null],
  ])("%j → %j", (text, role) => {
    expect(roleFromText(text)).toBe(role);
  });
  test("letters", () => {
    expect([0, 8, 25, 26].map(columnLetter)).toEqual(["A", "I", "Z", "AA"]);
  });
});

describe("readAccountRows: headings", () => {
  test("a renamed heading is named by row and column, and the missing one listed", () => {
    const head = [...HEAD];
    head[2] = "Thư điện tử";
    const r = readAccountRows([head, row()]);
    expect(r.errors).toEqual(["Dòng 1, cột C: cột “Thư điện tử” không có trong tệp mẫu.", "Dòng 1: thiếu cột “Email” (tiêu đề các cột phải giữ như tệp mẫu)."]);
    expect(r.drafts).toEqual([]);
  });

  test("headings may come in any order, after blank rows, in any case", () => {
    const order = [...ACCOUNT_COLUMNS].reverse();
    const head = order.map((c) => c.toUpperCase());
    const values: Record<string, Cell> = { "Họ và tên": "Trần Thị Bình", Email: "BINH@tinh.gov.vn" };
    const r = readAccountRows([[], head, order.map((c) => values[c] ?? null)]);
    expect(r.errors).toEqual([]);
    expect(r.drafts).toEqual([expect.objectContaining({ row: 3, name: "Trần Thị Bình", email: "binh@tinh.gov.vn" })]);
    expect(r.letters?.Email).toBe("G");
  });

  test("an empty sheet and a sheet without accounts are refused", () => {
    expect(readAccountRows([]).errors).toEqual(["Trang “Tài khoản” trống: hãy dùng tệp mẫu."]);
    expect(readAccountRows([HEAD, []]).errors).toEqual(["Tệp không có tài khoản nào (từ dòng sau dòng tiêu đề)."]);
  });

  test(`more than ${MAX_ACCOUNT_ROWS} accounts are refused at once`, () => {
    const rows = Array.from({ length: MAX_ACCOUNT_ROWS + 1 }, (_, i) => row({ Email: `a${i}@x.vn` }));
    expect(readAccountRows([HEAD, ...rows]).errors).toEqual([`Tệp có ${MAX_ACCOUNT_ROWS + 1} tài khoản; mỗi lần nhập tối đa ${MAX_ACCOUNT_ROWS}.`]);
  });
});

describe("readAccountRows: each row", () => {
  test("a complete row is read with its role, codes upper-cased and the phone normalised", () => {
    const r = readAccountRows([
      HEAD,
      row({
        "Chức danh": "Chánh Văn phòng",
        "Điện thoại": 912345678,
        "Mã cơ quan": "kt-btc",
        "Vai trò": "Trưởng khối",
        "Mã khối": "kt-cqd",
        "Từ ngày": "01/01/2026",
        "Đến ngày": "2026-12-31",
      }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.drafts).toEqual([
      {
        row: 2,
        name: "Nguyễn Văn An",
        title: "Chánh Văn phòng",
        email: "an@tinh.gov.vn",
        phone: "0912345678",
        agencyCode: "KT-BTC",
        role: "CHAIR",
        blocCode: "KT-CQD",
        startsOn: "2026-01-01",
        endsOn: "2026-12-31",
      },
    ]);
  });

  test.each<[string, Cell[], string[]]>([
    ["a missing name", row({ "Họ và tên": " " }), ["Dòng 2, cột A (Họ và tên): chưa có họ và tên."]],
    ["a missing e-mail", row({ Email: null }), ["Dòng 2, cột C (Email): chưa có email."]],
    ["a malformed e-mail", row({ Email: "an@tinh" }), ["Dòng 2, cột C (Email): “an@tinh” không phải là email hợp lệ."]],
    ["a wrong phone", row({ "Điện thoại": "12345" }), ["Dòng 2, cột D (Điện thoại): “12345” không phải số điện thoại Việt Nam hợp lệ (ví dụ 0912 345 678)."]],
    [
      "an unknown role",
      row({ "Vai trò": "Giám đốc" }),
      [expect.stringMatching(/^Dòng 2, cột F \(Vai trò\): vai trò “Giám đốc” không có; dùng một trong: Quản trị hệ thống, /) as unknown as string],
    ],
    ["a bloc role without a bloc", row({ "Vai trò": "Thư ký khối" }), ["Dòng 2, cột G (Mã khối): vai trò Thư ký khối cần mã khối."]],
    [
      "a bloc code on an agency role",
      row({ "Vai trò": "Cán bộ thi đua", "Mã cơ quan": "A", "Mã khối": "B" }),
      ["Dòng 2, cột G (Mã khối): chỉ ghi mã khối với vai trò Thư ký khối, Trưởng khối, Người theo dõi."],
    ],
    ["a bloc code without a role", row({ "Mã khối": "B" }), ["Dòng 2, cột G (Mã khối): chỉ ghi mã khối khi có vai trò."]],
    ["an agency role without an agency", row({ "Vai trò": "Thủ trưởng cơ quan" }), ["Dòng 2, cột E (Mã cơ quan): vai trò Thủ trưởng cơ quan cần mã cơ quan."]],
    ["a date without a role", row({ "Từ ngày": "01/01/2026" }), ["Dòng 2, cột H (Từ ngày): chỉ ghi ngày khi có vai trò."]],
    [
      "a wrong date",
      row({ "Vai trò": "Người theo dõi", "Mã khối": "B", "Đến ngày": "31/13/2026" }),
      ["Dòng 2, cột I (Đến ngày): ngày không có thật trên lịch."],
    ],
    [
      "an end before the start",
      row({ "Vai trò": "Người theo dõi", "Mã khối": "B", "Từ ngày": "02/01/2026", "Đến ngày": "01/01/2026" }),
      ["Dòng 2, cột I (Đến ngày): ngày kết thúc phải sau hoặc trùng ngày bắt đầu."],
    ],
  ])("%s is named by row and column", (_name, cells, expected) => {
    expect(readAccountRows([HEAD, cells]).errors).toEqual(expected);
  });

  test("an e-mail repeated in the file names the first row, whatever its case", () => {
    const r = readAccountRows([HEAD, row(), [], row({ Email: "AN@tinh.gov.vn" })]);
    expect(r.errors).toEqual(["Dòng 4, cột C (Email): email an@tinh.gov.vn trùng với dòng 2."]);
  });
});

describe("resolveAccountRows", () => {
  const lookups = (over: Partial<ImportLookups> = {}): ImportLookups => ({
    agencies: new Map([
      ["KT-BTC", { id: "a1", code: "KT-BTC", name: "Ban Tổ chức", inScope: true, dissolved: false }],
      ["HN-BTC", { id: "a2", code: "HN-BTC", name: "Ban Tổ chức Hà Nội", inScope: false, dissolved: false }],
      ["KT-CU", { id: "a3", code: "KT-CU", name: "Ban cũ", inScope: true, dissolved: true }],
    ]),
    blocs: new Map([
      ["KT-CQD", { id: "b1", code: "KT-CQD", name: "Khối Kon Tum", inScope: true }],
      ["HN-CQD", { id: "b2", code: "HN-CQD", name: "Khối Hà Nội", inScope: false }],
    ]),
    takenEmails: new Set(["da-co@tinh.gov.vn"]),
    mayGrant: (role) => role !== "ADMIN",
    ...over,
  });
  const read = (...rows: Cell[][]) => {
    const r = readAccountRows([HEAD, ...rows]);
    expect(r.errors).toEqual([]);
    return resolveAccountRows(r.drafts, r.letters!, lookups());
  };

  test("resolves codes to ids", () => {
    expect(read(row({ "Mã cơ quan": "kt-btc", "Vai trò": "Thư ký khối", "Mã khối": "KT-CQD" }))).toEqual({
      ok: true,
      accounts: [
        {
          row: 2,
          name: "Nguyễn Văn An",
          title: null,
          email: "an@tinh.gov.vn",
          phone: null,
          agencyId: "a1",
          role: "SECRETARY",
          blocId: "b1",
          startsOn: null,
          endsOn: null,
        },
      ],
    });
  });

  test.each<[string, Cell[], string]>([
    ["an e-mail already used", row({ Email: "Da-Co@tinh.gov.vn" }), "Dòng 2, cột C (Email): Email da-co@tinh.gov.vn đã được dùng cho tài khoản khác."],
    ["an unknown agency", row({ "Mã cơ quan": "XX" }), "Dòng 2, cột E (Mã cơ quan): không có cơ quan nào mã “XX”."],
    [
      "an agency out of scope",
      row({ "Mã cơ quan": "HN-BTC" }),
      "Dòng 2, cột E (Mã cơ quan): cơ quan Ban Tổ chức Hà Nội (HN-BTC) không thuộc phạm vi bạn quản lý.",
    ],
    ["a dissolved agency", row({ "Mã cơ quan": "KT-CU" }), "Dòng 2, cột E (Mã cơ quan): cơ quan Ban cũ (KT-CU) đã giải thể hoặc sáp nhập."],
    ["an unknown bloc", row({ "Vai trò": "Trưởng khối", "Mã khối": "ZZ" }), "Dòng 2, cột G (Mã khối): không có khối nào mã “ZZ”."],
    [
      "a bloc out of scope",
      row({ "Vai trò": "Trưởng khối", "Mã khối": "HN-CQD" }),
      "Dòng 2, cột G (Mã khối): khối Khối Hà Nội (HN-CQD) không thuộc phạm vi bạn quản lý.",
    ],
    [
      "a role the caller may not give",
      row({ "Vai trò": "Quản trị hệ thống" }),
      "Dòng 2, cột F (Vai trò): chỉ Quản trị hệ thống được giao vai trò Quản trị hệ thống.",
    ],
  ])("%s is refused", (_name, cells, message) => {
    expect(read(cells)).toEqual({ ok: false, errors: [message] });
  });
});

describe("sortImportErrors and the upload check", () => {
  test("errors of both steps come in row order, headings first", () => {
    expect(sortImportErrors(["Dòng 3, cột A: x", "Dòng 2, cột C: y", "Tệp rỗng", "Dòng 2, cột A: z"])).toEqual([
      "Tệp rỗng",
      "Dòng 2, cột C: y",
      "Dòng 2, cột A: z",
      "Dòng 3, cột A: x",
    ]);
  });
  test.each<[number, number[], boolean]>([
    [0, [], false],
    [3 * 1024 * 1024, [0x50, 0x4b, 0x03, 0x04], false],
    [100, [0x25, 0x50, 0x44, 0x46], false],
    [100, [0x50, 0x4b, 0x03, 0x04], true],
  ])("size %i with head %j is accepted: %s", (size, head, ok) => {
    expect(checkAccountXlsxUpload(size, new Uint8Array(head)).ok).toBe(ok);
  });
});
