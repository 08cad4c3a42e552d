import { buildPledgeDocx } from "@/lib/documents/pledge-docx";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { AppError, toResponse } from "@/lib/server/errors";
import { getPledgeDocument } from "@/lib/server/pledges/get-pledge-document";

/** The pledge version as a .docx, for any user who can read the bloc (others: 404). */
export async function GET(_req: Request, ctx: { params: Promise<{ bloc: string; year: string; version: string }> }) {
  try {
    const params = await ctx.params;
    const year = Number(params.year);
    const version = Number(params.version);
    if (!Number.isInteger(year) || year < 1945 || year > 2200 || !Number.isInteger(version) || version < 1) throw new AppError("NOT_FOUND");
    const { bloc } = await getBlocYear(decodeURIComponent(params.bloc), year);
    const buffer = await buildPledgeDocx(await getPledgeDocument(bloc.id, year, version));
    const name = `giao-uoc-thi-dua-${year}-phien-ban-${version}.docx`;
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
