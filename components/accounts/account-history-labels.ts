import { AUDIT_ACTION_LABELS } from "@/lib/domain/audit-labels";

/** An account's audit action in words (the labels are shared with the bloc's audit log). */
export function historyActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? "Thay đổi khác của tài khoản";
}

/**
 * The snapshot keys the history shows, in words. Keys without a label (ids,
 * bookkeeping) are left out rather than shown raw.
 */
export const HISTORY_FIELD_LABELS: Record<string, string> = {
  name: "Họ và tên",
  title: "Chức danh",
  email: "Email",
  phone: "Điện thoại",
  agency: "Cơ quan",
  province: "Tỉnh, thành phố quản lý",
  isActive: "Đang hoạt động",
  mustChangePassword: "Chờ đổi mật khẩu tạm thời",
  revokedSessions: "Số phiên đăng nhập bị đóng",
  row: "Dòng trong tệp",
  startsOn: "Từ ngày",
  endsOn: "Đến ngày",
  expiresAt: "Liên kết hết hạn",
};
