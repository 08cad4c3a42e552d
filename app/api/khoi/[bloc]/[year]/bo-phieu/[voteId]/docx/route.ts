import { buildVoteMinutesDocx } from "@/lib/documents/minutes-docx";
import { DOCX, downloadRoute, requestedBlocYear } from "@/lib/server/files/download";
import { getVoteMinutes } from "@/lib/server/votes/get-vote";

/** The vote-count minutes of a CLOSED vote as a .docx, for any user who can read the bloc (others: 404; sealed: 409). */
export const GET = downloadRoute<{ bloc: string; year: string; voteId: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const bytes = await buildVoteMinutesDocx(await getVoteMinutes(bloc.id, year, decodeURIComponent(params.voteId)));
  return { bytes, name: `bien-ban-kiem-phieu-${year}.docx`, contentType: DOCX };
});
