export const PLEDGE_NOT_FOUND = "Không tìm thấy giao ước này.";

/** Drafting, opening for signing and amending the pledge are "pledge:manage": the bloc's secretary and chair. */
export const PLEDGE_MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được soạn, mở ký kết và điều chỉnh giao ước.";

export function staleMessage(currentRowVersion: number): string {
  return `Giao ước vừa được người khác cập nhật (lần lưu thứ ${currentRowVersion}). Trang đang hiển thị nội dung hiện tại; thay đổi của bạn chưa được lưu, vui lòng xem lại rồi làm lại.`;
}
