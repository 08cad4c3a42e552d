import { buildCriteriaXlsx } from "@/lib/server/criteria/criteria-workbook";
import { getCriteriaExport } from "@/lib/server/criteria/get-criteria-export";
import { AppError } from "@/lib/server/errors";
import { downloadRoute, requestedYear, XLSX } from "@/lib/server/files/download";

/**
 * The criteria table (bảng tiêu chí) as .xlsx: the latest version, or ?version=n. Everyone who
 * may read the bloc's table may download it; anyone else gets 404.
 */
export const GET = downloadRoute<{ bloc: string; year: string }>(async (params, request) => {
  const year = requestedYear(params.year);
  const v = new URL(request.url).searchParams.get("version");
  const version = v === null || v === "" ? null : Number(v);
  if (version !== null && (!Number.isInteger(version) || version < 1 || version > 100_000)) throw new AppError("NOT_FOUND", "Phiên bản không hợp lệ.");
  const data = await getCriteriaExport(decodeURIComponent(params.bloc), year, version);
  return { bytes: await buildCriteriaXlsx(data.header, data.nodes), name: data.fileName, contentType: XLSX };
});
