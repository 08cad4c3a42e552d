import { buildDocumentRegisterXlsx } from "@/lib/documents/document-register-xlsx";
import { registerAddress } from "@/lib/domain/document-numbers";
import { formatDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { findDocumentNumbers } from "@/lib/server/document-numbers/find-document-numbers";
import { downloadRoute, requestedBlocYear, XLSX } from "@/lib/server/files/download";

/** The bloc's register of numbers (?nam=&coquan=, as its page) as .xlsx: any reader of the bloc. */
export const GET = downloadRoute<{ bloc: string; year: string }>(async (params, request) => {
  const { bloc } = await requestedBlocYear(params);
  const today = todayInVietnam();
  const address = registerAddress(Object.fromEntries(new URL(request.url).searchParams), Number(today.slice(0, 4)));
  const register = await findDocumentNumbers(bloc.id, address.year, address.issuerCode);
  const bytes = await buildDocumentRegisterXlsx({
    blocName: bloc.name,
    year: register.year,
    issuerCode: register.issuerCode,
    exportedOn: formatDay(today),
    rows: register.rows,
  });
  const name = `so-dang-ky-so-van-ban-${bloc.code.replace(/[^A-Za-z0-9-]/g, "_")}-${register.year}.xlsx`;
  return { bytes, name, contentType: XLSX };
});
