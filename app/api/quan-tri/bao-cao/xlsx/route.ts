import { provinceSummaryFileName } from "@/lib/domain/file-names";
import { buildProvinceSummaryXlsx } from "@/lib/documents/province-summary-xlsx";
import { downloadRoute, XLSX } from "@/lib/server/files/download";
import { findProvinceSummary } from "@/lib/server/reports/find-province-summary";
import { summaryAddress } from "@/lib/server/reports/summary-address";

/** The province summary across blocs as .xlsx (`?tinh=&nam=`): council staff of the province, system administrators. */
export const GET = downloadRoute(async (_params, request) => {
  const { key, year } = summaryAddress(Object.fromEntries(new URL(request.url).searchParams));
  const view = await findProvinceSummary(key, year);
  return { bytes: await buildProvinceSummaryXlsx(view.summary), name: provinceSummaryFileName(view.current.label, year, "xlsx"), contentType: XLSX };
});
