import "server-only";
import { RESET_LINK_HOURS } from "@/lib/domain/reset-link";
import { formatMoment } from "@/lib/format";
import { configuredMailer } from "@/lib/mail/transport";

/**
 * Sends a password reset link to the account's own address. Returns whether
 * it was sent: false when e-mail is not configured or the server refused it,
 * so the caller still shows the link to the staff member (a mail failure must
 * not lose it). The failure is logged without the link.
 */
export async function sendResetLinkMail(to: { email: string; name: string }, url: string, expiresAt: Date): Promise<boolean> {
  const mailer = configuredMailer();
  if (!mailer) return false;
  try {
    await mailer.transport.sendMail({
      from: mailer.from,
      to: { name: to.name, address: to.email },
      subject: "Đặt lại mật khẩu – Phần mềm thi đua khối",
      text: [
        `Kính gửi ${to.name},`,
        "",
        "Cán bộ quản lý tài khoản đã tạo cho bạn một liên kết để đặt mật khẩu mới cho phần mềm thi đua khối:",
        "",
        url,
        "",
        `Liên kết chỉ dùng được một lần, trong ${RESET_LINK_HOURS} giờ (đến ${formatMoment(expiresAt)}). Sau khi đặt mật khẩu mới, mọi phiên đăng nhập cũ của bạn sẽ bị đăng xuất.`,
        "Nếu bạn không đề nghị đặt lại mật khẩu, hãy bỏ qua thư này và báo cho cán bộ Hội đồng Thi đua – Khen thưởng.",
      ].join("\n"),
    });
    return true;
  } catch (error) {
    console.error(`[mail] Không gửi được thư đặt lại mật khẩu tới ${to.email}: ${(error as Error).message}`);
    return false;
  }
}
