import "server-only";

/** What the year's settings forms (calendar, programme, scoring rules) share: who may edit, and the concurrency token. */
export const MANAGERS_ONLY =
  "Chỉ Thư ký khối, Trưởng khối (và cán bộ Hội đồng Thi đua – Khen thưởng với lịch của năm) được thay đổi lịch và chương trình thi đua của năm.";

export const STALE_CYCLE =
  "Năm thi đua này đã được người khác cập nhật sau khi bạn mở trang. Trang đang hiển thị dữ liệu mới nhất; vui lòng kiểm tra rồi lưu lại.";

/**
 * The cycle's next updatedAt: now, but always after the token it replaces, so
 * two saves within one millisecond (or a clock step back) still give a new token.
 */
export function nextUpdatedAt(token: string): Date {
  return new Date(Math.max(Date.now(), Date.parse(token) + 1));
}
