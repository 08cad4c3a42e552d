import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadXlsx, plainCell, plainRow } from "./read-xlsx";

describe("plainCell", () => {
  it.each<[string, ExcelJS.CellValue, ReturnType<typeof plainCell>]>([
    ["empty", null, null],
    ["text", "Ban Tổ chức", "Ban Tổ chức"],
    ["number", 12.5, 12.5],
    ["boolean", true, true],
    ["date as yyyy-MM-dd", new Date(Date.UTC(2026, 0, 31)), "2026-01-31"],
    ["rich text joined", { richText: [{ text: "Ban " }, { text: "Dân vận" }] }, "Ban Dân vận"],
    ["formula by its result", { formula: "A1+1", result: 3 }, 3],
    ["hyperlink by its text", { text: "trang", hyperlink: "https://example.org" }, "trang"],
    ["error by its code", { error: "#N/A" } as ExcelJS.CellValue, "#N/A"],
  ])("%s", (_, value, expected) => {
    expect(plainCell(value)).toEqual(expected);
  });
});

describe("loadXlsx and plainRow", () => {
  it("reads a workbook back, padding a row to the columns asked for", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trang").addRow(["a", 1]);
    const loaded = await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(plainRow(loaded.workbook.getWorksheet("Trang")!.getRow(1), 4)).toEqual(["a", 1, null, null]);
  });

  it("refuses bytes that are not a workbook", async () => {
    expect(await loadXlsx(new TextEncoder().encode("không phải bảng tính"))).toEqual({
      ok: false,
      message: "Không đọc được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel).",
    });
  });
});
