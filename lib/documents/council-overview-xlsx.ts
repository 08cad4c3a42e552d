import ExcelJS from "exceljs";
import type { FormTotal } from "@/lib/domain/council-overview/award-totals";
import type { CoCpCapView } from "@/lib/domain/council-overview/co-cp-cap";
import { LATE_KIND_LABELS, LATE_KINDS } from "@/lib/domain/council-overview/late-items";
import type { OverviewRow } from "@/lib/domain/council-overview/overview";
import { PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { formatDay, formatMoment } from "@/lib/format";

export const OVERVIEW_SHEETS = { blocs: "Các khối", late: "Trễ hạn", awards: "Đề nghị khen thưởng", coCp: "Cờ thi đua Chính phủ" } as const;

export interface OverviewSheetInput {
  councilName: string;
  year: number;
  /** dd/MM/yyyy, passed in: the builder reads no clock. */
  exportedOn: string;
  /** The filters applied, in words ("" when none). */
  filterText: string;
  rows: readonly OverviewRow[];
  awards: readonly FormTotal[];
  coCp: CoCpCapView;
}

const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const FLAG = { fill: "FFFFC7CE", font: "FF9C0006" };

/** The council's overview as a workbook: the blocs, every late item, the nominations received and the Cờ CP cap. */
export async function buildCouncilOverviewXlsx(input: OverviewSheetInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.councilName;
  const title = `Tổng quan thi đua các khối — ${input.councilName} — năm ${input.year}`;
  const subtitle = `Xuất ngày ${input.exportedOn}${input.filterText ? ` · Bộ lọc: ${input.filterText}` : ""}`;

  table(wb, OVERVIEW_SHEETS.blocs, title, subtitle, [
    ["TT", 6],
    ["Khối, cụm thi đua", 42],
    ["Giai đoạn đang mở", 28],
    ["Hạn gần nhất", 30],
    ["Kết quả đã công bố", 24],
    ["Số việc trễ hạn", 12],
    ...LATE_KINDS.map((k): [string, number] => [LATE_KIND_LABELS[k], 16]),
  ]).addRows(
    input.rows.map((r, i) => [
      i + 1,
      r.provinceName ? `${r.name} (${r.provinceName})` : r.name,
      !r.hasYear
        ? `Chưa lập năm ${input.year}`
        : r.open.length
          ? r.open.map((k) => PHASE_LABELS[k]).join(", ")
          : r.isFinished
            ? "Đã kết thúc"
            : "Không có giai đoạn mở",
      r.nextDeadline
        ? `${r.nextDeadline.kind === "CLOSES" ? "Kết thúc" : "Bắt đầu"} ${PHASE_LABELS[r.nextDeadline.key]}: ${formatDay(r.nextDeadline.on)}`
        : "—",
      r.publication ? `Lần ${r.publication.version}, ${formatDay(r.publication.publishedOn)}${r.publication.isPublic ? " (công khai)" : ""}` : "Chưa công bố",
      r.lateCount,
      ...LATE_KINDS.map((k) => r.byKind[k]),
    ]),
  );

  table(wb, OVERVIEW_SHEETS.late, title, subtitle, [
    ["Khối, cụm thi đua", 40],
    ["Cơ quan, đơn vị", 40],
    ["Việc trễ hạn", 30],
    ["Chi tiết", 50],
    ["Hạn", 14],
  ]).addRows(
    input.rows.flatMap((r) => [
      ...r.blocItems.map((i) => [r.name, "(Khối)", LATE_KIND_LABELS[i.kind], i.text, formatDay(i.dueOn)]),
      ...r.agencies.flatMap((a) => a.items.map((i) => [r.name, a.name, LATE_KIND_LABELS[i.kind], i.text, formatDay(i.dueOn)])),
    ]),
  );

  table(wb, OVERVIEW_SHEETS.awards, title, subtitle, [
    ["Hình thức khen thưởng", 44],
    ["Đã nhận", 10],
    ["Chỉ tiêu", 22],
    ["Khối vượt chỉ tiêu của khối", 60],
  ]).addRows(
    input.awards.map((f) => [
      f.name,
      f.received,
      f.code === "CO_CP" ? `${input.coCp.max} (chung các khối)` : f.cap === null ? "Không giới hạn" : f.cap,
      f.blocsOver.map((b) => `${b.blocName}: ${b.sent}/${b.max}`).join("; ") || "—",
    ]),
  );

  const coCp = table(wb, OVERVIEW_SHEETS.coCp, title, `${subtitle} · Chỉ tiêu: ${input.coCp.description}`, [
    ["TT", 6],
    ["Đơn vị được đề nghị", 44],
    ["Khối đề nghị", 40],
    ["Thời điểm gửi", 18],
    ["So với chỉ tiêu", 16],
    ["Được suy tôn dẫn đầu khối", 16],
  ]);
  for (const p of input.coCp.proposals) {
    const row = coCp.addRow([
      p.position,
      p.nominee,
      p.blocName,
      p.sentAt ? formatMoment(new Date(p.sentAt)) : "—",
      p.overCap ? "Vượt chỉ tiêu" : "Trong chỉ tiêu",
      p.notLeader ? "Không" : "Có",
    ]);
    if (p.overCap) [2, 5].forEach((c) => flag(row.getCell(c)));
    if (p.notLeader) flag(row.getCell(6));
  }
  for (const ws of wb.worksheets) ws.eachRow((row, n) => n > 3 && row.eachCell({ includeEmpty: true }, (c) => (c.border = border)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A sheet with the title on row 1, the subtitle on row 2 and the header on row 3; data follows. */
function table(wb: ExcelJS.Workbook, name: string, title: string, subtitle: string, columns: [string, number][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 3 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = columns.map(([, width]) => ({ width }));
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = subtitle;
  ws.getCell(2, 1).font = { italic: true };
  const header = ws.getRow(3);
  columns.forEach(([text], i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.border = border;
  });
  return ws;
}

/** A flagged cell: coloured, and always with its word too (never colour alone). */
function flag(cell: ExcelJS.Cell) {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FLAG.fill } };
  cell.font = { color: { argb: FLAG.font }, bold: true };
}
