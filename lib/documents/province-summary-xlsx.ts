import ExcelJS from "exceljs";
import type { ProvinceSummary } from "@/lib/domain/reports/province-summary";

export const SUMMARY_SHEET_NAME = "Tổng hợp các khối";

const HEADER_ROW = 4;
const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * The province summary (lib/domain/reports/province-summary.ts) as a workbook: one row per bloc,
 * one column per award form nominated for (counts, so the council can add them up), a totals row.
 */
export async function buildProvinceSummaryXlsx(s: ProvinceSummary): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `Hội đồng Thi đua - Khen thưởng ${s.scopeName}`;
  const ws = wb.addWorksheet(SUMMARY_SHEET_NAME, {
    views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const head = [
    "TT",
    "Khối, cụm thi đua",
    "Mã khối",
    "Thành viên",
    "Đăng ký đã gửi",
    "Giao ước",
    "Kết quả",
    "Hội nghị tổng kết",
    ...s.forms.map((f) => `Đề nghị: ${f}`),
    "Quyết định",
  ];
  ws.columns = head.map((_, i) => ({ width: [6, 44, 14, 12, 14, 24, 40, 26][i] ?? 20 }));
  ws.mergeCells(1, 1, 1, head.length);
  ws.getCell(1, 1).value = `${s.title} — ${s.scopeName}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, head.length);
  ws.getCell(2, 1).value = `Số liệu đến ngày ${s.exportedOn}; ô trống ở cột đề nghị: khối không đề nghị hình thức đó.`;
  ws.getCell(2, 1).font = { italic: true };

  head.forEach((text, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.border = border;
  });
  const rows = s.rows.map((r) => [
    r.order,
    r.name,
    r.code,
    r.members,
    r.registrations,
    r.pledge,
    r.results,
    r.conference,
    ...s.forms.map((f) => r.nominations[f] ?? null),
    r.decisions,
  ]);
  const t = s.totals;
  rows.push([
    null,
    `Tổng cộng: ${t.blocs} khối, cụm (${t.opened} đã lập năm thi đua)`,
    null,
    t.members,
    t.registrations,
    `${t.pledgesSigned} khối đã ký kết`,
    `${t.published} khối đã công bố`,
    `${t.conferences} khối đã tổ chức`,
    ...s.forms.map((f) => t.nominations[f] ?? 0),
    `${t.decisions} quyết định`,
  ]);
  rows.forEach((values, i) => {
    const r = HEADER_ROW + 1 + i;
    values.forEach((v, j) => {
      const cell = ws.getCell(r, j + 1);
      cell.value = v;
      cell.border = border;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: typeof v === "number" ? "center" : "left" };
      if (i === rows.length - 1) cell.font = { bold: true };
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
