/**
 * Password reset links (docs/decisions/0012-sessions-and-passwords.md): a link
 * works once, for 24 hours, and only for an active account. Pure: the server
 * reads the stored row and passes the clock in.
 */
export const RESET_LINK_HOURS = 24;

export type ResetLinkState = "valid" | "unknown" | "used" | "expired";

export function resetLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60 * 1000);
}

/** What a stored link (null: no link with that token) allows at `now`. */
export function resetLinkState(link: { usedAt: Date | null; expiresAt: Date; accountActive: boolean } | null, now: Date): ResetLinkState {
  if (!link) return "unknown";
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  // A deactivated account gets the same answer as an unknown link: nothing about the account is told.
  if (!link.accountActive) return "unknown";
  return "valid";
}

const ASK_FOR_A_NEW_LINK = "Vui lòng liên hệ cán bộ Hội đồng Thi đua – Khen thưởng quản lý tài khoản của bạn để được cấp liên kết mới.";

/** Why a link no longer works, and what to do, for the reset page. */
export const RESET_LINK_MESSAGES: Record<Exclude<ResetLinkState, "valid">, { title: string; detail: string }> = {
  unknown: { title: "Liên kết đặt lại mật khẩu không hợp lệ.", detail: `Liên kết không đúng hoặc không còn hiệu lực. ${ASK_FOR_A_NEW_LINK}` },
  used: {
    title: "Liên kết này đã được sử dụng.",
    detail: `Mỗi liên kết chỉ dùng được một lần. Nếu bạn vừa đặt mật khẩu, hãy đăng nhập bằng mật khẩu mới. Nếu chưa, ${ASK_FOR_A_NEW_LINK.replace("Vui lòng liên hệ", "hãy liên hệ")}`,
  },
  expired: {
    title: "Liên kết này đã hết hạn.",
    detail: `Liên kết chỉ dùng được trong ${RESET_LINK_HOURS} giờ và hết hiệu lực khi có liên kết mới hơn. ${ASK_FOR_A_NEW_LINK}`,
  },
};
