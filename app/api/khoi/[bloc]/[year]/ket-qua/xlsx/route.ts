import { buildScoreSummaryXlsx } from "@/lib/documents/score-summary-xlsx";
import { formatDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";
import { downloadRoute, requestedBlocYear, XLSX } from "@/lib/server/files/download";
import { getBlocResults } from "@/lib/server/results/compute-bloc-results";

const NOT_READY = {
  NO_CYCLE: "Chưa lập năm thi đua này cho khối.",
  NO_TABLE: "Chưa có bảng tiêu chí đã khóa: chưa có điểm để tổng hợp.",
  NO_SHEETS: "Chưa có cơ quan nào chấm điểm.",
} as const;

/**
 * The score summary (bảng tổng hợp điểm) as .xlsx, with the page's access: everyone's rows
 * for "score:read-all", the caller's own agency's row for an agency user; anyone else 404.
 */
export const GET = downloadRoute<{ bloc: string; year: string }>(async (params) => {
  const data = await requestedBlocYear(params);
  const year = data.year;
  const view = await getBlocResults(data.bloc.id, year);
  if (view === null) throw new AppError("NOT_FOUND");
  if (view.status !== "READY") throw new AppError("NOT_FOUND", NOT_READY[view.status]);
  const buffer = await buildScoreSummaryXlsx({
    blocName: data.bloc.name,
    year,
    tableTitle: view.table.title,
    tableVersion: view.table.version,
    exportedOn: formatDay(todayInVietnam()),
    criteria: view.criteria.filter((c) => !c.isGroup),
    rows: view.rows,
    excluded: view.excluded,
  });
  const fileName = `tong-hop-diem-${data.bloc.code.replace(/[^A-Za-z0-9-]/g, "_")}-${year}.xlsx`;
  return { bytes: buffer, name: fileName, contentType: XLSX };
});
