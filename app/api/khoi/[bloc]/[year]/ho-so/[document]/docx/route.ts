import { dossierDocuments } from "@/lib/domain/dossier";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { buildDossierDocx } from "@/lib/server/dossier/dossier-docx";
import { getDossier } from "@/lib/server/dossier/get-dossier";
import { AppError, toResponse } from "@/lib/server/errors";
import { DOCX, fileResponse } from "@/lib/server/files/file-response";

/** One document of the dossier ("to-trinh", "bien-ban-hoi-nghi", "bien-ban-kiem-phieu-1", "bao-cao-thanh-tich-1") as a .docx. */
export async function GET(_req: Request, ctx: { params: Promise<{ bloc: string; year: string; document: string }> }) {
  try {
    const params = await ctx.params;
    const year = Number(params.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new AppError("NOT_FOUND");
    const { bloc } = await getBlocYear(decodeURIComponent(params.bloc), year);
    const data = await getDossier(bloc.id, year);
    const spec = dossierDocuments(data).find((d) => d.slug === params.document);
    if (!spec) throw new AppError("NOT_FOUND", "Không có tài liệu này trong hồ sơ.");
    return fileResponse(await buildDossierDocx(data, spec), spec.fileName, DOCX);
  } catch (e) {
    return toResponse(e);
  }
}
