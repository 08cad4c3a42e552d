import { dossierDocuments } from "@/lib/domain/dossier";
import { dossierZipName } from "@/lib/domain/file-names";
import { buildDossierZip } from "@/lib/documents/dossier-docx";
import { AppError } from "@/lib/server/errors";
import { getDossier } from "@/lib/server/dossier/get-dossier";
import { downloadRoute, requestedBlocYear, ZIP } from "@/lib/server/files/download";

/** The whole proposal dossier as a .zip of .docx files (chair, secretary, council staff; others 403/404). */
export const GET = downloadRoute<{ bloc: string; year: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const data = await getDossier(bloc.id, year);
  const docs = dossierDocuments(data);
  if (docs.length === 0) throw new AppError("NOT_FOUND", "Hồ sơ chưa có văn bản nào: chưa có đề nghị được gửi cấp trên và chưa ghi nhận hội nghị tổng kết.");
  const zip = await buildDossierZip(data, docs);
  return { bytes: zip, name: dossierZipName(bloc.name, year), contentType: ZIP };
});
