import "server-only";
import { AppError } from "@/lib/server/errors";

/** Recording the year-end conference is "meeting:manage": the secretary and the chair. */
export const MEETING_MANAGERS_ONLY = "Chỉ thư ký, Trưởng khối (chủ trì) được ghi nhận hội nghị tổng kết.";

export const staleConference = () =>
  new AppError("CONFLICT", "Thông tin hội nghị đã được người khác cập nhật. Trang đang hiển thị dữ liệu mới nhất; vui lòng xem lại rồi lưu lại.");

export const staleAttendance = () =>
  new AppError("CONFLICT", "Bảng điểm danh đã được người khác cập nhật. Trang đang hiển thị dữ liệu mới nhất; vui lòng xem lại rồi lưu lại.");
