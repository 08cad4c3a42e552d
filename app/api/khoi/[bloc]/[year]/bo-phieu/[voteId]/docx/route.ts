import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { AppError, toResponse } from "@/lib/server/errors";
import { getVoteMinutes } from "@/lib/server/votes/get-vote";
import { buildVoteMinutesDocx } from "@/lib/server/votes/minutes-docx";

/** The vote-count minutes of a CLOSED vote as a .docx, for any user who can read the bloc (others: 404; sealed: 409). */
export async function GET(_req: Request, ctx: { params: Promise<{ bloc: string; year: string; voteId: string }> }) {
  try {
    const params = await ctx.params;
    const year = Number(params.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new AppError("NOT_FOUND");
    const { bloc } = await getBlocYear(decodeURIComponent(params.bloc), year);
    const buffer = await buildVoteMinutesDocx(await getVoteMinutes(bloc.id, year, decodeURIComponent(params.voteId)));
    const name = `bien-ban-kiem-phieu-${year}.docx`;
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
