import { buildProgressXlsx } from "@/lib/documents/progress-xlsx";
import { formatDay } from "@/lib/format";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError, toResponse } from "@/lib/server/errors";
import { fileResponse, XLSX } from "@/lib/server/files/file-response";
import { findProgressMatrix } from "@/lib/server/progress/find-progress-matrix";

/**
 * The mid-year review matrix as .xlsx, for those who read every agency's
 * progress in the bloc ("progress:read-all"); anyone else gets 404.
 */
export async function GET(_req: Request, ctx: { params: Promise<{ bloc: string; year: string }> }) {
  try {
    const params = await ctx.params;
    const year = Number(params.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new AppError("NOT_FOUND");
    const data = await getBlocYear(decodeURIComponent(params.bloc), year);
    const matrix = await findProgressMatrix(data.bloc.id, year);
    if (!matrix.pledge) throw new AppError("NOT_FOUND", `Giao ước năm ${year} chưa được ký đủ: chưa có dữ liệu sơ kết.`);
    const buffer = await buildProgressXlsx({
      blocName: data.bloc.name,
      year,
      pledgeVersion: matrix.pledge.version,
      exportedOn: formatDay(todayInVietnam()),
      commitments: matrix.commitments,
      rows: matrix.rows,
      byCommitment: matrix.byCommitment,
    });
    const fileName = `so-ket-6-thang-${data.bloc.code.replace(/[^A-Za-z0-9-]/g, "_")}-${year}.xlsx`;
    return fileResponse(buffer, fileName, XLSX);
  } catch (e) {
    return toResponse(e);
  }
}
