import { buildConferenceMinutesDocx } from "@/lib/documents/minutes-docx";
import { getConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { AppError } from "@/lib/server/errors";
import { DOCX, downloadRoute, requestedBlocYear, requestedYear } from "@/lib/server/files/download";

/** The minutes of one meeting of the bloc-year as a .docx, for any user who can read the bloc (others: 404). */
export const GET = downloadRoute<{ bloc: string; year: string; meetingId: string }>(async (params) => {
  requestedYear(params.year);
  if (!params.meetingId) throw new AppError("NOT_FOUND");
  const { bloc, year } = await requestedBlocYear(params);
  const minutes = await getConferenceMinutes(bloc.id, year, decodeURIComponent(params.meetingId));
  return { bytes: await buildConferenceMinutesDocx(minutes), name: `bien-ban-hoi-nghi-${year}.docx`, contentType: DOCX };
});
