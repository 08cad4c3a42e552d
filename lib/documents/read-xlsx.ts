import ExcelJS from "exceljs";

/** What a cell of an uploaded workbook reads as (the import rules' `Cell`). */
export type PlainCell = string | number | boolean | null;

/** A cell as plain data: rich text joined, formulas by their result, dates as yyyy-MM-dd. */
export function plainCell(v: ExcelJS.CellValue): PlainCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("result" in v) return plainCell((v.result ?? null) as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

/** A row as plain cells from column 1, at least `columns` of them (blank ones as null). */
export function plainRow(row: ExcelJS.Row, columns: number): PlainCell[] {
  const cells: PlainCell[] = [];
  for (let c = 1; c <= Math.max(row.cellCount, columns); c++) cells.push(plainCell(row.getCell(c).value));
  return cells;
}

/** The uploaded bytes as a workbook, or the message for a file that is not one. */
export async function loadXlsx(bytes: Uint8Array): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; message: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: "Không đọc được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel)." };
  }
  return { ok: true, workbook };
}
