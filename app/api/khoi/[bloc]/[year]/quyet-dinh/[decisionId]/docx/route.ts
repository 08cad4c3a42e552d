import { buildDecisionDocx } from "@/lib/documents/decision-docx";
import { decisionDocxName } from "@/lib/domain/file-names";
import { getDecision } from "@/lib/server/decisions/get-decision";
import { DOCX, downloadRoute, requestedBlocYear } from "@/lib/server/files/download";

/** A recorded award decision as a .docx, for any user who can read the bloc, as the decisions page (others: 404). */
export const GET = downloadRoute<{ bloc: string; year: string; decisionId: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const data = await getDecision(bloc.id, year, decodeURIComponent(params.decisionId));
  return { bytes: await buildDecisionDocx(data), name: decisionDocxName(data.number, data.issuedOn), contentType: DOCX };
});
