import { describe, expect, test } from "vitest";
import type { Cell } from "../account-import";
import { PERSON_COLUMNS, readPersonRows, resolvePersonRows, type PersonImportLookups } from "./person-import";

const HEAD: Cell[] = [...PERSON_COLUMNS];
const read = (rows: Cell[][], lastYear = 2024) => readPersonRows([HEAD, ...rows], lastYear);

describe("readPersonRows", () => {
  test("reads each row; codes upper-cased, spaces tidied", () => {
    const r = read([["  Phạm  Thị Hồng ", 1980, "w-btc", 2021, "CSTDCS", "12/QĐ-BTC"]]);
    expect(r.errors).toEqual([]);
    expect(r.drafts).toEqual([{ row: 2, name: "Phạm Thị Hồng", birthYear: 1980, agencyCode: "W-BTC", year: 2021, title: "CSTDCS", decisionRef: "12/QĐ-BTC" }]);
  });

  test.each<[string, Cell[], string]>([
    ["a name", ["", 1980, "BTC", 2021, "CSTDCS", ""], "Dòng 2, cột A (Họ và tên): chưa có họ và tên."],
    ["a year", ["An", "", "BTC", "", "CSTDCS", ""], "Dòng 2, cột D (Năm): chưa có năm đạt danh hiệu, hình thức."],
    ["a year after the year of the page", ["An", "", "BTC", 2025, "CSTDCS", ""], "Dòng 2, cột D (Năm): năm 2025 nằm ngoài khoảng 1945–2024."],
    ["a year that is not one", ["An", "", "BTC", "năm ngoái", "CSTDCS", ""], "Dòng 2, cột D (Năm): “năm ngoái” không phải là một năm (4 chữ số)."],
    ["a birth year", ["An", "80", "BTC", 2021, "CSTDCS", ""], "Dòng 2, cột B (Năm sinh): “80” không phải là một năm (4 chữ số)."],
    ["an agency code", ["An", "", "", 2021, "CSTDCS", ""], "Dòng 2, cột C (Mã cơ quan): chưa có mã cơ quan."],
    ["a title", ["An", "", "BTC", 2021, "", ""], "Dòng 2, cột E (Danh hiệu, hình thức): chưa có danh hiệu hoặc hình thức khen thưởng."],
  ])("a row without %s is refused with its row and column", (_n, row, message) => {
    expect(read([row]).errors).toEqual([message]);
  });

  test("a row repeated in the file names the first one", () => {
    const r = read([
      ["An", "", "BTC", 2021, "CSTDCS", ""],
      ["an", "", "btc", 2021, "cstdcs", ""],
    ]);
    expect(r.errors).toEqual(["Dòng 3, cột E (Danh hiệu, hình thức): trùng với dòng 2 (cùng người, năm và danh hiệu)."]);
  });

  test("headings: a missing or unknown column is named", () => {
    const r = readPersonRows([["Họ và tên", "Năm sinh", "Mã cơ quan", "Năm", "Danh hiệu", "Số quyết định"]], 2024);
    expect(r.errors).toEqual([
      "Dòng 1, cột E: cột “Danh hiệu” không có trong tệp mẫu.",
      "Dòng 1: thiếu cột “Danh hiệu, hình thức” (tiêu đề các cột phải giữ như tệp mẫu).",
    ]);
    expect(r.letters).toBeNull();
  });

  test("an empty sheet and a sheet with headings only", () => {
    expect(readPersonRows([], 2024).errors).toEqual(["Trang “Cá nhân” trống: hãy dùng tệp mẫu."]);
    expect(read([]).errors).toEqual(["Tệp không có dòng nào (từ dòng sau dòng tiêu đề)."]);
  });
});

describe("resolvePersonRows", () => {
  const LOOKUPS: PersonImportLookups = {
    agencies: new Map([
      ["BTC", { id: "btc", code: "BTC", name: "Ban Tổ chức", mayImport: true }],
      ["UBKT", { id: "ubkt", code: "UBKT", name: "Ủy ban Kiểm tra", mayImport: false }],
    ]),
    forms: [{ code: "BK_TINH_CN", name: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)" }],
    people: [
      { id: "p-hong", name: "Phạm Thị Hồng", birthYear: 1980, agencyIds: ["btc"] },
      { id: "p-an-1", name: "Nguyễn Văn An", birthYear: 1975, agencyIds: ["btc"] },
      { id: "p-an-2", name: "Nguyễn Văn An", birthYear: null, agencyIds: ["btc"] },
    ],
    existing: new Set(["p-hong|2021|CSTDCS"]),
  };
  const resolve = (rows: Cell[][], lookups = LOOKUPS) => {
    const r = read(rows);
    expect(r.errors).toEqual([]);
    return resolvePersonRows(r.drafts, r.letters!, lookups);
  };

  test("an existing person by name (and birth year); a record already there is left alone; a new person once for several rows", () => {
    const r = resolve([
      ["phạm thị hồng", "", "BTC", 2021, "Chiến sĩ thi đua cơ sở", ""],
      ["Phạm Thị Hồng", 1980, "BTC", 2022, "CSTDCS", ""],
      ["Lê Văn Bình", 1990, "BTC", 2022, "LDTT", ""],
      ["Lê Văn Bình", 1990, "BTC", 2023, "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", "45/QĐ-UBND"],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.alreadyThere).toBe(1);
    expect(r.plan.existingPeople).toEqual(["p-hong"]);
    expect(r.plan.newPeople).toEqual([{ key: "btc|lê văn bình|1990", name: "Lê Văn Bình", birthYear: 1990, agencyId: "btc" }]);
    expect(r.plan.records.map((x) => [x.row, x.person, x.year, x.code, x.decisionRef])).toEqual([
      [3, { kind: "EXISTING", personId: "p-hong" }, 2022, "CSTDCS", null],
      [4, { kind: "NEW", key: "btc|lê văn bình|1990" }, 2022, "LDTT", null],
      [5, { kind: "NEW", key: "btc|lê văn bình|1990" }, 2023, "BK_TINH_CN", "45/QĐ-UBND"],
    ]);
  });

  test.each<[string, Cell[], string]>([
    ["an unknown agency", ["An", "", "XYZ", 2021, "CSTDCS", ""], "Dòng 2, cột C (Mã cơ quan): không có cơ quan nào mã “XYZ” trong khối năm nay."],
    [
      "an agency the caller may not import for",
      ["An", "", "UBKT", 2021, "CSTDCS", ""],
      "Dòng 2, cột C (Mã cơ quan): bạn không được nhập lịch sử khen thưởng của Ủy ban Kiểm tra (UBKT).",
    ],
    [
      "an unknown title",
      ["An", "", "BTC", 2021, "Danh hiệu lạ", ""],
      "Dòng 2, cột E (Danh hiệu, hình thức): “Danh hiệu lạ” không có trong danh sách danh hiệu, hình thức (xem trang Hướng dẫn).",
    ],
    [
      "two people of that name and no birth year to tell them apart",
      ["Nguyễn Văn An", "", "BTC", 2021, "CSTDCS", ""],
      "Dòng 2, cột B (Năm sinh): Ban Tổ chức có 2 người tên Nguyễn Văn An: ghi năm sinh để phân biệt.",
    ],
  ])("refuses %s", (_n, row, message) => {
    expect(resolve([row])).toEqual({ ok: false, errors: [message] });
  });

  test("a birth year does not tell apart a namesake whose birth year is not recorded", () => {
    expect(resolve([["Nguyễn Văn An", 1975, "BTC", 2021, "CSTDCS", ""]])).toEqual({
      ok: false,
      errors: ["Dòng 2, cột B (Năm sinh): Ban Tổ chức có 2 người tên Nguyễn Văn An (năm sinh 1975 hoặc chưa ghi): ghi năm sinh để phân biệt."],
    });
  });

  test("a title written by name and by code on two rows is the same record", () => {
    const r = resolve([
      ["Lê Văn Bình", "", "BTC", 2022, "LDTT", ""],
      ["Lê Văn Bình", "", "BTC", 2022, "Lao động tiên tiến", ""],
    ]);
    expect(r).toEqual({ ok: false, errors: ["Dòng 3, cột E (Danh hiệu, hình thức): trùng với dòng 2 (cùng người, năm và danh hiệu “Lao động tiên tiến”)."] });
  });
});
