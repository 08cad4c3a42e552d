import { yearEndReportDocxName } from "@/lib/domain/file-names";
import { yearEndReportDocument } from "@/lib/domain/reports/year-end-document";
import { buildOfficialDocx } from "@/lib/documents/official-docx";
import { downloadRoute, DOCX, requestedBlocYear } from "@/lib/server/files/download";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";

/** The bloc's year-end report as .docx: the same OfficialDoc as its printable page (chair, secretary, council staff; others 403/404). */
export const GET = downloadRoute<{ bloc: string; year: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const view = await getYearEndReport(bloc.id, year);
  return { bytes: await buildOfficialDocx(yearEndReportDocument(view.input)), name: yearEndReportDocxName(bloc.name, year), contentType: DOCX };
});
