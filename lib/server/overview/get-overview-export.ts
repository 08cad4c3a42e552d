import "server-only";
import { buildCouncilOverviewXlsx } from "@/lib/documents/council-overview-xlsx";
import type { OverviewFilter } from "@/lib/domain/council-overview/overview";
import { PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { safeFileName } from "@/lib/domain/file-names";
import { formatDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { findCouncilOverview, type OverviewRequest } from "./find-council-overview";

/** The filters in words, for the workbook's subtitle ("" when none). */
export function filterText(filter: OverviewFilter): string {
  return [
    filter.phase === "NONE" ? "không có giai đoạn mở" : filter.phase ? `đang ở giai đoạn “${PHASE_LABELS[filter.phase]}”` : "",
    filter.onlyLate ? "chỉ khối có việc trễ hạn" : "",
    filter.q ? `tìm “${filter.q}”` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/**
 * The overview as .xlsx, with the same filters as the page: the same reader, so the same
 * authorization (council staff of the council, system administrators).
 */
export async function getOverviewExport(request: OverviewRequest, today = todayInVietnam()): Promise<{ bytes: Buffer; name: string }> {
  const view = await findCouncilOverview(request, today);
  const bytes = await buildCouncilOverviewXlsx({
    councilName: view.council.label,
    year: view.year,
    exportedOn: formatDay(today),
    filterText: filterText(request),
    rows: view.shown,
    awards: view.awards,
    coCp: view.coCp,
  });
  return { bytes, name: `${safeFileName(`Tổng quan thi đua các khối - ${view.council.label} - năm ${view.year}`)}.xlsx` };
}
