import "server-only";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * May `user` edit this agency's self-scoring sheet of the bloc's year? Someone who may not read
 * the bloc gets `notFound`; then only the agency's own leader and officer, and only while the
 * agency is a member that year.
 */
export async function requireOwnSheetEditor(user: CurrentUser, at: { blocId: string; year: number; agencyId: string }, notFound: string): Promise<void> {
  authorize(user, "bloc:read", { blocId: at.blocId }, { notFound });
  authorize(
    user,
    "score:edit:own",
    { blocId: at.blocId, agencyId: at.agencyId },
    { forbidden: "Chỉ lãnh đạo, cán bộ thi đua của cơ quan được tự chấm bảng điểm của cơ quan mình." },
  );
  const member = await db().membership.findUnique({ where: { blocId_agencyId_year: at }, select: { id: true } });
  if (!member) throw new AppError("FORBIDDEN", `Cơ quan không phải thành viên của khối năm ${at.year}.`);
}

export const staleSheet = () =>
  new AppError(
    "CONFLICT",
    "Bảng tự chấm đã được người khác cập nhật. Trang đang hiển thị dữ liệu mới nhất; vui lòng xem lại, chọn lại tệp minh chứng (nếu có) rồi lưu lại.",
  );

/** A sheet is edited while a draft, or after the verifiers returned it. */
export function requireEditableSheet(sheet: { status: string }): void {
  if (sheet.status !== "DRAFT" && sheet.status !== "RETURNED") {
    throw new AppError("INVALID_INPUT", "Bảng tự chấm đã được nộp: không thể sửa.");
  }
}
