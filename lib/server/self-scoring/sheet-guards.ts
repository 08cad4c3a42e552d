import "server-only";
import { AppError } from "@/lib/server/errors";

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
