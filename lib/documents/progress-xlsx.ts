import ExcelJS from "exceljs";
import { PROGRESS_STATUS_LABELS } from "@/lib/domain/labels";
import { formatProgressValue, formatTarget, STATUS_DISPLAY_ORDER, type ProgressStatus, type StatusCounts, type TargetKind } from "@/lib/domain/progress";
import type { TargetComparator } from "@/lib/domain/target-comparator";

export const PROGRESS_SHEET_NAME = "Sơ kết 6 tháng";

/** Fill and text colours per status; the label is always written too (never colour alone). */
export const STATUS_FILLS: Record<ProgressStatus, { fill: string; font: string }> = {
  ACHIEVED: { fill: "FFC6EFCE", font: "FF006100" },
  ON_TRACK: { fill: "FFDDEBF7", font: "FF1F4E78" },
  AT_RISK: { fill: "FFFFEB9C", font: "FF9C5700" },
  NOT_STARTED: { fill: "FFEDEDED", font: "FF404040" },
};

export interface ProgressSheetInput {
  blocName: string;
  year: number;
  pledgeVersion: number;
  /** dd/MM/yyyy, passed in: the builder reads no clock. */
  exportedOn: string;
  commitments: {
    number: number;
    text: string;
    targetKind: TargetKind;
    targetValue: number | null;
    targetComparator: TargetComparator;
    targetUnit: string | null;
  }[];
  rows: { agencyName: string; cells: { status: ProgressStatus; value: number | null; meetsTarget: boolean | null }[]; counts: StatusCounts }[];
  byCommitment: StatusCounts[];
}

const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 2;
const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** The mid-year review matrix as a workbook: one sheet, agencies × commitments. */
export async function buildProgressXlsx(input: ProgressSheetInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.blocName;
  const n = input.commitments.length;
  const lastCol = 2 + n + 2;
  const ws = wb.addWorksheet(PROGRESS_SHEET_NAME, {
    views: [{ state: "frozen", xSplit: 2, ySplit: FIRST_DATA_ROW - 1 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 6 }, { width: 40 }, ...input.commitments.map(() => ({ width: 26 })), { width: 16 }, { width: 16 }];

  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).value = `${input.blocName} — Sơ kết 6 tháng năm ${input.year}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(2, 1).value = `Theo giao ước thi đua năm ${input.year} (phiên bản ${input.pledgeVersion}) · Xuất ngày ${input.exportedOn}`;
  ws.getCell(2, 1).font = { italic: true };

  // Two header rows: "Cam kết n" above the commitment's text and target.
  const header = ["TT", "Cơ quan", ...input.commitments.map((c) => `Cam kết ${c.number}`), "Đã đạt", "Đúng tiến độ"];
  header.forEach((text, i) => (ws.getCell(HEADER_ROW, i + 1).value = text));
  input.commitments.forEach((c, i) => {
    const target = formatTarget(c.targetKind, c.targetValue, c.targetUnit, c.targetComparator);
    ws.getCell(HEADER_ROW + 1, 3 + i).value = target ? `${c.text}\nChỉ tiêu: ${target}` : c.text;
  });
  for (const col of [1, 2, lastCol - 1, lastCol]) ws.mergeCells(HEADER_ROW, col, HEADER_ROW + 1, col);
  for (let col = 1; col <= lastCol; col++) {
    for (const r of [HEADER_ROW, HEADER_ROW + 1]) {
      const cell = ws.getCell(r, col);
      cell.font = { bold: r === HEADER_ROW, size: r === HEADER_ROW ? 11 : 9 };
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
      cell.border = border;
    }
  }

  input.rows.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = row.agencyName;
    row.cells.forEach((cell, j) => {
      const c = input.commitments[j]!;
      const value = formatProgressValue(c.targetKind, cell.value);
      const mark = cell.meetsTarget === true ? " (đạt chỉ tiêu)" : cell.meetsTarget === false ? " (chưa đạt chỉ tiêu)" : "";
      statusCell(
        ws.getCell(r, 3 + j),
        cell.status,
        value === "—" ? PROGRESS_STATUS_LABELS[cell.status]! : `${PROGRESS_STATUS_LABELS[cell.status]}\n${value}${mark}`,
      );
    });
    ws.getCell(r, lastCol - 1).value = share(row.counts.ACHIEVED, n);
    ws.getCell(r, lastCol).value = share(row.counts.ON_TRACK, n);
    for (let col = 1; col <= lastCol; col++) {
      const cell = ws.getCell(r, col);
      cell.border = border;
      cell.alignment = { vertical: "top", wrapText: true, ...(col === 2 ? {} : { horizontal: col === 1 ? "center" : "left" }) };
    }
  });

  const totalRow = FIRST_DATA_ROW + input.rows.length;
  ws.getCell(totalRow, 2).value = "Tổng hợp theo cam kết";
  input.byCommitment.forEach((counts, j) => {
    ws.getCell(totalRow, 3 + j).value = STATUS_DISPLAY_ORDER.map((s) => `${PROGRESS_STATUS_LABELS[s]}: ${counts[s]}`).join("\n");
  });
  for (let col = 1; col <= lastCol; col++) {
    const cell = ws.getCell(totalRow, col);
    cell.font = { bold: col === 2, size: col === 2 ? 11 : 9 };
    cell.alignment = { vertical: "top", wrapText: true };
    cell.border = border;
  }

  const legendRow = totalRow + 2;
  ws.getCell(legendRow, 2).value = "Chú giải (màu kèm chữ):";
  STATUS_DISPLAY_ORDER.forEach((s, i) => statusCell(ws.getCell(legendRow, 3 + i), s, PROGRESS_STATUS_LABELS[s]!));

  return Buffer.from(await wb.xlsx.writeBuffer());
}

function statusCell(cell: ExcelJS.Cell, status: ProgressStatus, text: string) {
  cell.value = text;
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: STATUS_FILLS[status].fill } };
  cell.font = { color: { argb: STATUS_FILLS[status].font } };
}

function share(count: number, total: number): string {
  return total === 0 ? "—" : `${count}/${total} (${Math.round((count / total) * 100)}%)`;
}
