import "server-only";
import ExcelJS from "exceljs";
import { loadXlsx, plainRow } from "@/lib/documents/read-xlsx";
import { COLUMNS, CRITERIA_SHEET_NAME, criteriaSheetRows, type Cell, type SheetHeader } from "@/lib/domain/criteria-sheet";
import type { CriterionNode } from "@/lib/domain/criteria-table";

const HEADING_ROW = 8;
const WIDTHS = [10, 12, 50, 20, 11, 11, 40, 12, 11, 11, 14, 11, 10, 60];
const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** The table as an .xlsx workbook with one sheet "Tiêu chí" (rows from criteriaSheetRows). */
export async function buildCriteriaXlsx(header: SheetHeader, nodes: readonly CriterionNode[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = header.blocName;
  const ws = wb.addWorksheet(CRITERIA_SHEET_NAME, { views: [{ state: "frozen", ySplit: HEADING_ROW }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  criteriaSheetRows(header, nodes).forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
    if (i + 1 < HEADING_ROW) row.getCell(1).font = { bold: true };
  });
  const heading = ws.getRow(HEADING_ROW);
  heading.font = { bold: true };
  heading.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  for (let r = HEADING_ROW; r <= ws.rowCount; r++) {
    for (let c = 1; c <= COLUMNS.length; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      if (r > HEADING_ROW) cell.alignment = { vertical: "top", wrapText: c === 3 || c === 7 || c === 14 };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type ReadWorkbook = { ok: true; rows: Cell[][] } | { ok: false; message: string };

/** The sheet "Tiêu chí" (or the only sheet) as rows of plain cells, index 0 = row 1. */
export async function readCriteriaXlsx(bytes: Uint8Array, maxRows: number): Promise<ReadWorkbook> {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) return loaded;
  const wb = loaded.workbook;
  const ws = wb.getWorksheet(CRITERIA_SHEET_NAME) ?? (wb.worksheets.length === 1 ? wb.worksheets[0] : undefined);
  if (!ws) return { ok: false, message: `Tệp không có trang “${CRITERIA_SHEET_NAME}”.` };
  if (ws.rowCount > maxRows) return { ok: false, message: `Trang “${CRITERIA_SHEET_NAME}” có quá nhiều dòng (tối đa ${maxRows}).` };
  const rows: Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) rows.push(plainRow(ws.getRow(r), COLUMNS.length));
  return { ok: true, rows };
}
