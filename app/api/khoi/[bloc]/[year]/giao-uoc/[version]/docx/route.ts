import { buildPledgeDocx } from "@/lib/documents/pledge-docx";
import { DOCX, downloadRoute, requestedBlocYear, requestedVersion, requestedYear } from "@/lib/server/files/download";
import { getPledgeDocument } from "@/lib/server/pledges/get-pledge-document";

/** The pledge version as a .docx, for any user who can read the bloc (others: 404). */
export const GET = downloadRoute<{ bloc: string; year: string; version: string }>(async (params) => {
  requestedYear(params.year);
  const version = requestedVersion(params.version);
  const { bloc, year } = await requestedBlocYear(params);
  const bytes = await buildPledgeDocx(await getPledgeDocument(bloc.id, year, version));
  return { bytes, name: `giao-uoc-thi-dua-${year}-phien-ban-${version}.docx`, contentType: DOCX };
});
