import { dossierDocuments, dossierZipName } from "@/lib/domain/dossier";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { buildDossierZip } from "@/lib/server/dossier/dossier-docx";
import { getDossier } from "@/lib/server/dossier/get-dossier";
import { AppError, toResponse } from "@/lib/server/errors";
import { fileResponse, ZIP } from "@/lib/server/files/file-response";

/** The whole proposal dossier as a .zip of .docx files (chair, secretary, council staff; others 403/404). */
export async function GET(_req: Request, ctx: { params: Promise<{ bloc: string; year: string }> }) {
  try {
    const params = await ctx.params;
    const year = Number(params.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new AppError("NOT_FOUND");
    const { bloc } = await getBlocYear(decodeURIComponent(params.bloc), year);
    const data = await getDossier(bloc.id, year);
    const zip = await buildDossierZip(data, dossierDocuments(data));
    return fileResponse(zip, dossierZipName(bloc.name, year), ZIP);
  } catch (e) {
    return toResponse(e);
  }
}
