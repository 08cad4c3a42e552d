import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Principal } from "@/lib/domain/roles";
import { AppError } from "@/lib/server/errors";

/** NOT_FOUND when the bloc is out of reach, FORBIDDEN when it is readable but not manageable. */
export function requireMeetingManager(user: Principal, blocId: string): void {
  if (!can(user, "bloc:read", { blocId })) throw new AppError("NOT_FOUND");
  if (!can(user, "meeting:manage", { blocId })) {
    throw new AppError("FORBIDDEN", "Chỉ thư ký, Trưởng khối (chủ trì) được ghi nhận hội nghị tổng kết.");
  }
}

export const staleConference = () =>
  new AppError("CONFLICT", "Thông tin hội nghị đã được người khác cập nhật. Trang đang hiển thị dữ liệu mới nhất; vui lòng xem lại rồi lưu lại.");

export const staleAttendance = () =>
  new AppError("CONFLICT", "Bảng điểm danh đã được người khác cập nhật. Trang đang hiển thị dữ liệu mới nhất; vui lòng xem lại rồi lưu lại.");
