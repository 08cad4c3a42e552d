import ExcelJS from "exceljs";

export const SCORE_SUMMARY_SHEET_NAME = "Bảng tổng hợp điểm";

export interface ScoreSummaryInput {
  blocName: string;
  year: number;
  tableTitle: string;
  tableVersion: number;
  /** dd/MM/yyyy, passed in: the builder reads no clock. */
  exportedOn: string;
  /** Scorable criteria, one column each, in table order. */
  criteria: { id: string; code: string; name: string }[];
  /** In ranking order. */
  rows: {
    rank: number;
    label: string | null;
    agencyName: string;
    cells: Record<string, { points: number } | undefined>;
    base: number;
    bonus: number;
    penalty: number;
    total: number;
    bandLabel: string | null;
    vetoed: boolean;
    needsRunoff: boolean;
  }[];
  /** Members not ranked, with the reason: listed under the ranking. */
  excluded?: readonly { agencyName: string; reason: string }[];
}

const HEADER_ROW = 4;
const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const POINTS = "0.00";

/** The score summary (bảng tổng hợp điểm): one row per agency, one column per criterion code. */
export async function buildScoreSummaryXlsx(input: ScoreSummaryInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.blocName;
  const ws = wb.addWorksheet(SCORE_SUMMARY_SHEET_NAME, {
    views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const headers = ["Xếp hạng", "Cơ quan", ...input.criteria.map((c) => c.code), "Điểm cơ bản", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại"];
  ws.columns = [
    { width: 10 },
    { width: 40 },
    ...input.criteria.map(() => ({ width: 9 })),
    { width: 12 },
    { width: 12 },
    { width: 10 },
    { width: 12 },
    { width: 34 },
  ];

  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = `${input.blocName} — Bảng tổng hợp điểm năm ${input.year}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, headers.length);
  ws.getCell(2, 1).value = `Theo ${input.tableTitle} (phiên bản ${input.tableVersion}) · Điểm hiện hành, chưa công bố · Xuất ngày ${input.exportedOn}`;
  ws.getCell(2, 1).font = { italic: true };

  const header = ws.getRow(HEADER_ROW);
  header.values = headers;
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell, col) => {
    cell.border = border;
    // The criterion's name rides along as a note: the code alone is terse.
    const c = input.criteria[col - 3];
    if (c) cell.note = c.name;
  });

  input.rows.forEach((r, i) => {
    const band = [r.bandLabel ?? "", r.vetoed ? "Không đủ điều kiện khen thưởng" : "", r.needsRunoff ? "Cần bỏ phiếu phân hạng" : ""]
      .filter(Boolean)
      .join("; ");
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = [
      r.label ? `${r.rank} (${r.label})` : r.rank,
      r.agencyName,
      ...input.criteria.map((c) => r.cells[c.id]?.points ?? null),
      r.base,
      r.bonus,
      r.penalty,
      r.total,
      band,
    ];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = border;
      if (col > 2 && col < headers.length) cell.numFmt = POINTS;
    });
    row.getCell(headers.length - 1).font = { bold: true };
    row.getCell(headers.length).alignment = { wrapText: true };
  });

  // The members left out, one line each under a blank row: "Cơ quan" column, the reason beside it.
  const excluded = input.excluded ?? [];
  if (excluded.length > 0) {
    const first = HEADER_ROW + input.rows.length + 2;
    ws.getCell(first, 1).value = `Cơ quan không được xếp hạng (${excluded.length})`;
    ws.getCell(first, 1).font = { bold: true };
    excluded.forEach((e, i) => {
      const row = ws.getRow(first + 1 + i);
      row.getCell(2).value = e.agencyName;
      ws.mergeCells(first + 1 + i, 3, first + 1 + i, headers.length);
      row.getCell(3).value = e.reason;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
