import { buildProgressXlsx } from "@/lib/documents/progress-xlsx";
import { formatDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";
import { downloadRoute, requestedBlocYear, XLSX } from "@/lib/server/files/download";
import { findProgressMatrix } from "@/lib/server/progress/find-progress-matrix";

/**
 * The mid-year review matrix as .xlsx, for those who read every agency's
 * progress in the bloc ("progress:read-all"); anyone else gets 404.
 */
export const GET = downloadRoute<{ bloc: string; year: string }>(async (params) => {
  const data = await requestedBlocYear(params);
  const year = data.year;
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
  return { bytes: buffer, name: fileName, contentType: XLSX };
});
