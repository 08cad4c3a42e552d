import { AppError, toResponse } from "@/lib/server/errors";
import { buildCriteriaXlsx } from "@/lib/server/criteria/criteria-workbook";
import { getCriteriaExport } from "@/lib/server/criteria/get-criteria-export";
import { fileResponse, XLSX } from "@/lib/server/files/file-response";

/**
 * The criteria table (bảng tiêu chí) as .xlsx: the latest version, or ?version=n. Everyone who
 * may read the bloc's table may download it; anyone else gets 404.
 */
export async function GET(req: Request, ctx: { params: Promise<{ bloc: string; year: string }> }) {
  try {
    const params = await ctx.params;
    const year = Number(params.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new AppError("NOT_FOUND");
    const v = new URL(req.url).searchParams.get("version");
    const version = v === null || v === "" ? null : Number(v);
    if (version !== null && (!Number.isInteger(version) || version < 1 || version > 100_000)) throw new AppError("NOT_FOUND", "Phiên bản không hợp lệ.");
    const data = await getCriteriaExport(decodeURIComponent(params.bloc), year, version);
    const buffer = await buildCriteriaXlsx(data.header, data.nodes);
    return fileResponse(buffer, data.fileName, XLSX);
  } catch (e) {
    return toResponse(e);
  }
}
