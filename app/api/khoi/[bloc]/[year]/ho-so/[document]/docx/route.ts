import { dossierDocuments } from "@/lib/domain/dossier";
import { buildDossierDocx } from "@/lib/documents/dossier-docx";
import { getDossier } from "@/lib/server/dossier/get-dossier";
import { AppError } from "@/lib/server/errors";
import { DOCX, downloadRoute, requestedBlocYear } from "@/lib/server/files/download";

/** One document of the dossier ("to-trinh", "bien-ban-hoi-nghi", "bien-ban-kiem-phieu-1", "bao-cao-thanh-tich-1") as a .docx. */
export const GET = downloadRoute<{ bloc: string; year: string; document: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const data = await getDossier(bloc.id, year);
  const spec = dossierDocuments(data).find((d) => d.slug === params.document);
  if (!spec) throw new AppError("NOT_FOUND", "Không có tài liệu này trong hồ sơ.");
  return { bytes: await buildDossierDocx(data, spec), name: spec.fileName, contentType: DOCX };
});
