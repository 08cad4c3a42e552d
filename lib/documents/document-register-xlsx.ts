import ExcelJS from "exceljs";
import { DOCUMENT_KIND_LABELS, DOCUMENT_NUMBER_SOURCE_LABELS, NUMBERED_DOCUMENT_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";

export const REGISTER_SHEET_NAME = "Sổ đăng ký số văn bản";

export interface RegisterSheetInput {
  blocName: string;
  year: number;
  issuerCode: string | null;
  /** dd/MM/yyyy, passed in: the builder reads no clock. */
  exportedOn: string;
  rows: {
    symbol: string;
    issuedOn: string;
    kind: string;
    document: keyof typeof NUMBERED_DOCUMENT_LABELS;
    cycleYear: number;
    source: keyof typeof DOCUMENT_NUMBER_SOURCE_LABELS;
    issuedByName: string | null;
    note: string | null;
  }[];
}

const HEADER_ROW = 4;
const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD = ["TT", "Số, ký hiệu", "Ngày", "Loại văn bản", "Văn bản", "Năm thi đua", "Cách cấp số", "Người cấp", "Ghi chú"];
const WIDTHS = [6, 20, 12, 14, 34, 12, 22, 26, 36];

/** The bloc's register of numbers for one year (lib/server/document-numbers/find-document-numbers.ts) as a workbook. */
export async function buildDocumentRegisterXlsx(input: RegisterSheetInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.blocName;
  const ws = wb.addWorksheet(REGISTER_SHEET_NAME, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, HEAD.length);
  ws.getCell(1, 1).value = `Sổ đăng ký số văn bản năm ${input.year} — ${input.blocName}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, HEAD.length);
  ws.getCell(2, 1).value = `${input.issuerCode ? `Cơ quan ban hành: ${input.issuerCode} · ` : ""}Xuất ngày ${input.exportedOn}`;
  ws.getCell(2, 1).font = { italic: true };
  HEAD.forEach((text, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.border = border;
  });
  input.rows.forEach((r, i) => {
    const values = [
      i + 1,
      r.symbol,
      formatDay(r.issuedOn),
      DOCUMENT_KIND_LABELS[r.kind] ?? r.kind,
      NUMBERED_DOCUMENT_LABELS[r.document],
      r.cycleYear,
      DOCUMENT_NUMBER_SOURCE_LABELS[r.source],
      r.issuedByName ?? "",
      r.note ?? "",
    ];
    values.forEach((v, c) => {
      const cell = ws.getCell(HEADER_ROW + 1 + i, c + 1);
      cell.value = v;
      cell.border = border;
      cell.alignment = { vertical: "top", wrapText: true };
    });
  });
  if (input.rows.length === 0) ws.getCell(HEADER_ROW + 1, 2).value = "Chưa cấp số văn bản nào trong năm.";
  return Buffer.from(await wb.xlsx.writeBuffer());
}
