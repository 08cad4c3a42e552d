import { describe, expect, test } from "vitest";
import { checkXlsxUpload, MAX_XLSX_BYTES, parseCriteriaRows, parseLevels, readNumber } from "./criteria-import";
import { COLUMNS, criteriaSheetRows, criteriaToRows, levelsText, type Cell, type SheetHeader } from "./criteria-sheet";
import type { CriterionNode } from "./criteria-table";

const HEADER: SheetHeader = { blocName: "Khối các cơ quan Đảng", year: 2026, title: "Bảng tiêu chí năm 2026", version: 2, scale: 100, bonusCap: 5 };

const node = (p: Partial<CriterionNode> & Pick<CriterionNode, "id" | "code" | "type" | "maxPoints">): CriterionNode => ({
  parentId: null,
  name: `Tiêu chí ${p.code}`,
  order: 1,
  minPoints: 0,
  guidance: null,
  evidenceRequired: false,
  floorPct: null,
  allowNA: false,
  useLeaderFormula: false,
  pointsPerUnit: null,
  cap: null,
  levels: [],
  ...p,
});

/** Every type and every column used at least once, with awkward characters in the levels. */
const TABLE: CriterionNode[] = [
  node({ id: "g1", code: "I", type: "GROUP", maxPoints: 60, name: "Công tác chuyên môn", order: 1 }),
  node({ id: "g2", code: "II", type: "GROUP", maxPoints: 40, order: 2 }),
  node({ id: "g3", code: "III", type: "GROUP", maxPoints: 10, name: "Điểm thưởng", order: 3 }),
  node({ id: "g4", code: "IV", type: "GROUP", maxPoints: 10, name: "Điểm trừ", order: 4 }),
  node({
    id: "c11",
    parentId: "g1",
    code: "1.1",
    type: "GRADED",
    maxPoints: 30,
    minPoints: 0,
    order: 1,
    guidance: "Theo báo cáo\nnăm",
    evidenceRequired: true,
    floorPct: 50,
    levels: [
      { order: 1, label: "Tốt", points: 30, descriptor: "Hoàn thành vượt | trên 100%" },
      { order: 2, label: "Khá=đạt", points: 22.5, descriptor: null },
      { order: 3, label: "Yếu \\ kém", points: 0, descriptor: "Tỷ lệ: dưới 50%" },
    ],
  }),
  node({ id: "c12", parentId: "g1", code: "1.2", type: "YES_NO", maxPoints: 20, order: 2, allowNA: true }),
  node({ id: "c13", parentId: "g1", code: "1.3", type: "COUNT", maxPoints: 10, order: 3, pointsPerUnit: -2.5, cap: 10 }),
  node({ id: "c21", parentId: "g2", code: "2.1", type: "QUANTITATIVE", maxPoints: 40, order: 1, useLeaderFormula: true }),
  node({ id: "c22", parentId: "g2", code: "2.2", type: "GATE", maxPoints: 0, order: 2 }),
  node({ id: "c31", parentId: "g3", code: "3.1", type: "BONUS", maxPoints: 10, order: 1, pointsPerUnit: 1, cap: 5 }),
  node({ id: "c41", parentId: "g4", code: "4.1", type: "PENALTY", maxPoints: 10, order: 1, pointsPerUnit: 2, cap: null }),
];

let seq = 0;
const newId = () => `n${++seq}`;
const sheet = () => criteriaSheetRows(HEADER, TABLE);
const stripIds = (nodes: CriterionNode[]) => {
  const codeOf = new Map(nodes.map((n) => [n.id, n.code]));
  return nodes
    .map(({ id: _id, parentId, ...n }) => ({ ...n, parent: parentId === null ? null : codeOf.get(parentId) }))
    .sort((a, b) => a.code.localeCompare(b.code));
};
/** The sheet with one cell of one data row replaced (row = 1-based sheet row). */
const withCell = (row: number, column: (typeof COLUMNS)[number], value: Cell): Cell[][] =>
  sheet().map((r, i) => (i === row - 1 ? r.map((c, j) => (j === COLUMNS.indexOf(column) ? value : c)) : [...r]));
const errorsOf = (rows: Cell[][]) => {
  const r = parseCriteriaRows(rows, newId);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
};
// Rows 1–6: header block; 7: empty; 8: headings; 9…: nodes in tree order (I, 1.1, 1.2, 1.3, II, 2.1, 2.2, III, 3.1, IV, 4.1).
const ROW = { I: 9, "1.1": 10, "1.2": 11, "1.3": 12, II: 13, "2.1": 14 } as const;

describe("export rows", () => {
  test("one row per node in tree order, with the Vietnamese cells", () => {
    const rows = criteriaToRows(TABLE);
    expect(rows.map((r) => r[0])).toEqual(["I", "1.1", "1.2", "1.3", "II", "2.1", "2.2", "III", "3.1", "IV", "4.1"]);
    expect(rows[1]).toEqual([
      "1.1",
      "I",
      "Tiêu chí 1.1",
      "Chấm theo mức",
      30,
      0,
      "Theo báo cáo\nnăm",
      "Có",
      50,
      "Không",
      "Không",
      null,
      null,
      "Tốt=30: Hoàn thành vượt \\| trên 100% | Khá\\=đạt=22,5 | Yếu \\\\ kém=0: Tỷ lệ: dưới 50%",
    ]);
    expect(rows[3]).toEqual(["1.3", "I", "Tiêu chí 1.3", "Tính theo số lượng", 10, 0, null, "Không", null, "Không", "Không", -2.5, 10, null]);
    expect(sheet().slice(0, 8)).toEqual([
      ["Khối thi đua", "Khối các cơ quan Đảng"],
      ["Năm", 2026],
      ["Tên bảng", "Bảng tiêu chí năm 2026"],
      ["Phiên bản", 2],
      ["Thang điểm", 100],
      ["Điểm thưởng tối đa", 5],
      [],
      [...COLUMNS],
    ]);
  });

  test("levels text escapes the separators", () => {
    expect(
      levelsText([
        { order: 2, label: "B", points: 1, descriptor: null },
        { order: 1, label: "A|=", points: 2, descriptor: "x=y" },
      ]),
    ).toBe("A\\|\\==2: x=y | B=1");
  });
});

describe("round trip", () => {
  test("parsing the export gives the same table (ids new, order = position among siblings)", () => {
    const r = parseCriteriaRows(sheet(), newId);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect([r.scale, r.bonusCap]).toEqual([100, 5]);
    expect(stripIds(r.nodes)).toEqual(stripIds(TABLE));
    expect(r.nodes.every((n) => !TABLE.some((t) => t.id === n.id))).toBe(true);
    // Exported again, the rows are identical.
    expect(criteriaSheetRows(HEADER, r.nodes)).toEqual(sheet());
    expect(r.rowOf.get(r.nodes.find((n) => n.code === "1.2")!.id)).toBe(ROW["1.2"]);
  });

  test("numbers typed as text with a comma, lower-case Có/không, enum names, columns in another order and no bonus cap", () => {
    const rows = sheet().map((r) => [...r]);
    rows[5] = ["Điểm thưởng tối đa", null];
    rows[ROW["1.3"] - 1]![COLUMNS.indexOf("Điểm mỗi lần")] = "-2,5";
    rows[ROW["1.2"] - 1]![COLUMNS.indexOf("Cho phép N/A")] = "có";
    rows[ROW["1.2"] - 1]![COLUMNS.indexOf("Loại")] = "YES_NO";
    const swapped = rows.map((r, i) => (i >= 7 ? [r[2], r[1], r[0], ...r.slice(3)] : r));
    const res = parseCriteriaRows(swapped, newId);
    if (!res.ok) throw new Error(res.errors.join("\n"));
    expect(res.bonusCap).toBeNull();
    expect(stripIds(res.nodes)).toEqual(stripIds(TABLE));
  });

  test("empty rows are skipped and an empty bonus cap is allowed", () => {
    const rows = [...sheet().slice(0, 10), [null, "", null], ...sheet().slice(10)];
    const res = parseCriteriaRows(rows, newId);
    expect(res.ok && res.nodes.length).toBe(TABLE.length);
  });
});

describe("every import error names the row and the column", () => {
  test.each<[string, Cell[][], string]>([
    ["no heading row", sheet().slice(0, 7), "Không tìm thấy dòng tiêu đề cột (dòng có các cột “Mã”, “Tên”, …) trong trang “Tiêu chí”."],
    ["a missing column", sheet().map((r, i) => (i === 7 ? r.map((c) => (c === "Mức trần" ? "Trần" : c)) : r)), "Dòng 8: thiếu cột “Mức trần”."],
    ["no scale line", sheet().filter((_, i) => i !== 4), "Thiếu dòng “Thang điểm” ở đầu trang."],
    ["an empty scale", sheet().map((r, i) => (i === 4 ? ["Thang điểm", null] : r)), "Dòng 5, cột B (Thang điểm): chưa có giá trị."],
    ["a zero scale", sheet().map((r, i) => (i === 4 ? ["Thang điểm", 0] : r)), "Dòng 5, cột B (Thang điểm): phải lớn hơn 0."],
    [
      "a bad bonus cap",
      sheet().map((r, i) => (i === 5 ? ["Điểm thưởng tối đa", "năm"] : r)),
      "Dòng 6, cột B (Điểm thưởng tối đa): phải là một số không âm (tối đa 2 chữ số thập phân).",
    ],
    ["no criteria", sheet().slice(0, 8), "Tệp không có tiêu chí nào."],
    ["an empty code", withCell(ROW["1.2"], "Mã", null), "Dòng 11, cột A (Mã): chưa có mã."],
    ["a long code", withCell(ROW["1.2"], "Mã", "x".repeat(41)), "Dòng 11, cột A (Mã): mã quá dài (tối đa 40 ký tự)."],
    ["a duplicate code", withCell(ROW["1.2"], "Mã", "1.1"), "Dòng 11, cột A (Mã): mã “1.1” trùng với dòng 10."],
    ["an empty name", withCell(ROW["1.2"], "Tên", " "), "Dòng 11, cột C (Tên): chưa có tên tiêu chí."],
    ["a long name", withCell(ROW["1.2"], "Tên", "x".repeat(1001)), "Dòng 11, cột C (Tên): tên quá dài (tối đa 1000 ký tự)."],
    ["a long guidance", withCell(ROW["1.2"], "Hướng dẫn", "x".repeat(4001)), "Dòng 11, cột G (Hướng dẫn): hướng dẫn quá dài (tối đa 4000 ký tự)."],
    ["no type", withCell(ROW["1.2"], "Loại", null), "Dòng 11, cột D (Loại): chưa chọn loại tiêu chí."],
    [
      "an unknown type",
      withCell(ROW["1.2"], "Loại", "Trắc nghiệm"),
      "Dòng 11, cột D (Loại): loại “Trắc nghiệm” không có; dùng một trong: Nhóm tiêu chí, Chấm theo mức, Định lượng, Có / không, Tính theo số lượng, Điểm thưởng, Điểm trừ, Điều kiện bắt buộc.",
    ],
    ["no maximum", withCell(ROW["1.2"], "Điểm tối đa", null), "Dòng 11, cột E (Điểm tối đa): chưa có giá trị."],
    ["a text maximum", withCell(ROW["1.2"], "Điểm tối đa", "hai mươi"), "Dòng 11, cột E (Điểm tối đa): phải là một số không âm (tối đa 2 chữ số thập phân)."],
    ["a negative minimum", withCell(ROW["1.2"], "Điểm tối thiểu", -1), "Dòng 11, cột F (Điểm tối thiểu): phải là một số không âm (tối đa 2 chữ số thập phân)."],
    ["three decimals", withCell(ROW["1.2"], "Điểm tối đa", 19.999), "Dòng 11, cột E (Điểm tối đa): phải là một số không âm (tối đa 2 chữ số thập phân)."],
    ["a bad floor", withCell(ROW["1.2"], "Ngưỡng sàn (%)", true), "Dòng 11, cột I (Ngưỡng sàn (%)): phải là một số không âm (tối đa 2 chữ số thập phân)."],
    ["a bad evidence flag", withCell(ROW["1.2"], "Bắt buộc minh chứng", "cần"), "Dòng 11, cột H (Bắt buộc minh chứng): chỉ ghi “Có” hoặc “Không”."],
    ["a bad N/A flag", withCell(ROW["1.2"], "Cho phép N/A", "?"), "Dòng 11, cột J (Cho phép N/A): chỉ ghi “Có” hoặc “Không”."],
    ["a bad leader flag", withCell(ROW["2.1"], "Công thức đơn vị dẫn đầu", 2), "Dòng 14, cột K (Công thức đơn vị dẫn đầu): chỉ ghi “Có” hoặc “Không”."],
    ["a bad points per unit", withCell(ROW["1.3"], "Điểm mỗi lần", "2 điểm"), "Dòng 12, cột L (Điểm mỗi lần): phải là một số (tối đa 2 chữ số thập phân)."],
    [
      "points per unit on a yes/no",
      withCell(ROW["1.2"], "Điểm mỗi lần", 1),
      "Dòng 11, cột L (Điểm mỗi lần): chỉ dùng cho tiêu chí tính theo số lượng, điểm thưởng, điểm trừ.",
    ],
    ["a cap on a yes/no", withCell(ROW["1.2"], "Mức trần", 1), "Dòng 11, cột M (Mức trần): chỉ dùng cho tiêu chí tính theo số lượng, điểm thưởng, điểm trừ."],
    ["a negative cap", withCell(ROW["1.3"], "Mức trần", -1), "Dòng 12, cột M (Mức trần): phải là một số không âm (tối đa 2 chữ số thập phân)."],
    ["levels on a yes/no", withCell(ROW["1.2"], "Mức", "Đạt=20"), "Dòng 11, cột N (Mức): chỉ tiêu chí chấm theo mức mới có các mức."],
    ["a level without points", withCell(ROW["1.1"], "Mức", "Tốt | Đạt=20"), "Dòng 10, cột N (Mức): mức thứ 1 (“Tốt”) phải có dạng “Nhãn=điểm: mô tả”."],
    ["a level without a label", withCell(ROW["1.1"], "Mức", "=20"), "Dòng 10, cột N (Mức): mức thứ 1 (“=20”) chưa có nhãn."],
    [
      "a level with bad points",
      withCell(ROW["1.1"], "Mức", "Tốt=nhiều"),
      "Dòng 10, cột N (Mức): mức thứ 1 (“Tốt=nhiều”): điểm của mức phải là một số không âm (tối đa 2 chữ số thập phân).",
    ],
    ["a trailing separator", withCell(ROW["1.1"], "Mức", "Tốt=30 | "), "Dòng 10, cột N (Mức): mức thứ 2 (“”) phải có dạng “Nhãn=điểm: mô tả”."],
    ["too many levels", withCell(ROW["1.1"], "Mức", Array.from({ length: 21 }, (_, i) => `M${i}=1`).join(" | ")), "Dòng 10, cột N (Mức): tối đa 20 mức."],
    [
      "a long level label",
      withCell(ROW["1.1"], "Mức", `${"x".repeat(201)}=1`),
      `Dòng 10, cột N (Mức): mức thứ 1 (“${"x".repeat(201)}=1”): nhãn quá dài (tối đa 200 ký tự).`,
    ],
    [
      "a long level descriptor",
      withCell(ROW["1.1"], "Mức", `A=1: ${"x".repeat(2001)}`),
      `Dòng 10, cột N (Mức): mức thứ 1 (“A=1: ${"x".repeat(2001)}”): mô tả quá dài (tối đa 2000 ký tự).`,
    ],
    ["an unknown parent", withCell(ROW["1.2"], "Mã nhóm cha", "IX"), "Dòng 11, cột B (Mã nhóm cha): không có tiêu chí nào mã “IX” trong tệp."],
    ["a parent that is not a group", withCell(ROW["1.2"], "Mã nhóm cha", "1.1"), "Dòng 11, cột B (Mã nhóm cha): “1.1” không phải là nhóm tiêu chí."],
    ["its own parent", withCell(ROW.I, "Mã nhóm cha", "I"), "Dòng 9, cột B (Mã nhóm cha): một tiêu chí không thể là nhóm cha của chính nó."],
  ])("%s", (_name, rows, message) => {
    expect(errorsOf(rows)).toContain(message);
  });

  test("reports every problem at once", () => {
    const rows = withCell(ROW["1.2"], "Loại", "?").map((r, i) => (i === ROW["1.3"] - 1 ? r.map((c, j) => (j === 4 ? "x" : c)) : r));
    expect(errorsOf(rows)).toHaveLength(2);
  });

  test("too many rows", () => {
    const extra = Array.from({ length: 1001 }, (_, i): Cell[] => [`X${i}`, "I", "x", "Có / không", 1]);
    expect(errorsOf([...sheet(), ...extra])).toContain("Tệp có quá nhiều dòng (tối đa 1000 tiêu chí).");
  });
});

describe("small readers", () => {
  test.each<[Cell, number | null | "error"]>([
    [null, null],
    ["", null],
    [" 2,5 ", 2.5],
    ["2.25", 2.25],
    [3, 3],
    ["-1", "error"],
    [1e9, "error"],
    ["1e3", "error"],
    [false, "error"],
  ])("readNumber(%j) → %j", (v, expected) => {
    const r = readNumber(v);
    expect(r !== null && typeof r === "object" ? "error" : r).toBe(expected);
  });

  test("parseLevels keeps escaped separators", () => {
    expect(parseLevels("A\\|B=1,5: x \\| y | C=0")).toEqual([
      { order: 1, label: "A|B", points: 1.5, descriptor: "x | y" },
      { order: 2, label: "C", points: 0, descriptor: null },
    ]);
  });

  const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
  const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 0, 0]);
  test.each<[string, number, Uint8Array, string | null]>([
    ["a zip of 2 MB", MAX_XLSX_BYTES, ZIP, null],
    ["one byte more", MAX_XLSX_BYTES + 1, ZIP, "Tệp vượt quá 2 MB: bảng tiêu chí không cần tệp lớn như vậy."],
    ["an empty file", 0, ZIP, "Tệp rỗng. Vui lòng chọn lại tệp."],
    ["a PDF renamed .xlsx", 100, PDF, "Chỉ nhận tệp Excel .xlsx (kiểm tra theo nội dung tệp)."],
  ])("checkXlsxUpload: %s", (_n, size, head, message) => {
    const r = checkXlsxUpload(size, head);
    expect(r.ok ? null : r.message).toBe(message);
  });
});
