import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { getConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { buildConferenceMinutesDocx } from "@/lib/server/conference/minutes-docx";
import { AppError, toResponse } from "@/lib/server/errors";

/** The minutes of one meeting of the bloc-year as a .docx, for any user who can read the bloc (others: 404). */
export async function GET(_req: Request, ctx: { params: Promise<{ bloc: string; year: string; meetingId: string }> }) {
  try {
    const params = await ctx.params;
    const year = Number(params.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2200 || !params.meetingId) throw new AppError("NOT_FOUND");
    const { bloc } = await getBlocYear(decodeURIComponent(params.bloc), year);
    const minutes = await getConferenceMinutes(bloc.id, year, decodeURIComponent(params.meetingId));
    const buffer = await buildConferenceMinutesDocx(minutes);
    const name = `bien-ban-hoi-nghi-${year}.docx`;
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    return toResponse(e);
  }
}
