import { buildScoreSheetDocx } from "@/lib/documents/score-sheet-docx";
import { agencyDocxName } from "@/lib/domain/file-names";
import { DOCX, downloadRoute, requestedBlocYear } from "@/lib/server/files/download";
import { getScoreSheetDocument } from "@/lib/server/self-scoring/get-score-sheet-document";

/** One agency's self-score sheet as a .docx to sign, for those who see it (its own agency, the readers of every sheet; others: 404). */
export const GET = downloadRoute<{ bloc: string; year: string; agencyCode: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const data = await getScoreSheetDocument(bloc.id, year, decodeURIComponent(params.agencyCode));
  return { bytes: await buildScoreSheetDocx(data), name: agencyDocxName("Bảng tự chấm điểm", year, data.agencyName), contentType: DOCX };
});
