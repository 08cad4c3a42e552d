import { AUDIT_ACTION_LABELS } from "@/lib/domain/labels";

/** The account area's audit actions in words (lib/server/accounts writes them). */
const ACTION_LABELS: Record<string, string> = {
  "account.create": "Tạo tài khoản",
  "account.import": "Tạo tài khoản (nhập từ tệp .xlsx)",
  "account.update": "Sửa thông tin tài khoản",
  "account.deactivate": "Cho ngừng hoạt động",
  "account.reactivate": "Kích hoạt lại",
  "account.reset-link": "Tạo liên kết đặt lại mật khẩu",
  "role.assign": "Giao vai trò",
  "role.withdraw": "Thu hồi vai trò",
};

export function historyActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? AUDIT_ACTION_LABELS[action] ?? "Thay đổi khác của tài khoản";
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
