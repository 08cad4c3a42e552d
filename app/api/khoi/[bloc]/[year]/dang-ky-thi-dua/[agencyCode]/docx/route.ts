import { buildRegistrationDocx } from "@/lib/documents/registration-docx";
import { agencyDocxName } from "@/lib/domain/file-names";
import { DOCX, downloadRoute, requestedBlocYear } from "@/lib/server/files/download";
import { getRegistrationDocument } from "@/lib/server/registrations/get-registration-document";

/** One agency's registration as a .docx to sign, for those who see its page (its own agency, the readers of every agency's; others: 404). */
export const GET = downloadRoute<{ bloc: string; year: string; agencyCode: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const data = await getRegistrationDocument(bloc.id, year, decodeURIComponent(params.agencyCode));
  return { bytes: await buildRegistrationDocx(data), name: agencyDocxName("Đăng ký thi đua", year, data.agencyName), contentType: DOCX };
});
