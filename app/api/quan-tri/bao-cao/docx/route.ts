import { provinceSummaryFileName } from "@/lib/domain/file-names";
import { provinceSummaryDocument } from "@/lib/domain/reports/province-summary";
import { buildOfficialDocx } from "@/lib/documents/official-docx";
import { DOCX, downloadRoute } from "@/lib/server/files/download";
import { findProvinceSummary } from "@/lib/server/reports/find-province-summary";
import { summaryAddress } from "@/lib/server/reports/summary-address";

/** The province summary across blocs as .docx (`?tinh=&nam=`): council staff of the province, system administrators. */
export const GET = downloadRoute(async (_params, request) => {
  const { key, year } = summaryAddress(Object.fromEntries(new URL(request.url).searchParams));
  const view = await findProvinceSummary(key, year);
  const doc = provinceSummaryDocument(view.summary, view.input);
  return { bytes: await buildOfficialDocx(doc), name: provinceSummaryFileName(view.current.label, year, "docx"), contentType: DOCX };
});
