import ExcelJS from "exceljs";
import { buildScoreSummaryXlsx } from "@/lib/documents/score-summary-xlsx";
import { publicationReasonLabel } from "@/lib/domain/publication";
import { formatDay } from "@/lib/format";
import { downloadRoute, requestedBlocYear, requestedVersion, requestedYear, XLSX } from "@/lib/server/files/download";
import { getPublication } from "@/lib/server/publication/get-publication";

/**
 * A published version of the score summary (bảng tổng hợp điểm) as .xlsx, from its snapshot:
 * public to the bloc like the published page (everyone with "results:read" there).
 */
export const GET = downloadRoute<{ bloc: string; year: string; version: string }>(async (params) => {
  requestedYear(params.year);
  const version = requestedVersion(params.version);
  const data = await requestedBlocYear(params);
  const year = data.year;
  const p = await getPublication(data.bloc.id, year, version);
  const buffer = await buildScoreSummaryXlsx({
    blocName: data.bloc.name,
    year,
    tableTitle: p.snapshot.table.title,
    tableVersion: p.snapshot.table.version,
    exportedOn: formatDay(p.publishedAt),
    criteria: p.snapshot.criteria.filter((c) => !c.isGroup),
    rows: p.snapshot.rows,
    excluded: p.snapshot.excluded,
  });
  // The summary builder describes current, unpublished scores in row 2: say what this file is.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  ws.getCell(2, 1).value =
    `Theo ${p.snapshot.table.title} (phiên bản ${p.snapshot.table.version}) · Kết quả đã công bố phiên bản ${p.version} ngày ${formatDay(p.publishedAt)}` +
    (p.reason ? ` · ${publicationReasonLabel(p.version)}: ${p.reason}` : "") +
    " · Không thể sửa; đính chính bằng phiên bản mới";
  const out = await wb.xlsx.writeBuffer();
  const fileName = `ket-qua-cong-bo-${data.bloc.code.replace(/[^A-Za-z0-9-]/g, "_")}-${year}-v${version}.xlsx`;
  return { bytes: out as ArrayBuffer, name: fileName, contentType: XLSX };
});
