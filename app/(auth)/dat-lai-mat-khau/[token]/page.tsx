import type { Metadata } from "next";
import { AuthCard } from "@/components/account-self/auth-card";
import { LinkRefused } from "@/components/account-self/link-refused";
import { ResetPasswordForm } from "@/components/account-self/reset-password-form";
import { RESET_LINK_MESSAGES } from "@/lib/domain/reset-link";
import { resetLinkStateOf } from "@/lib/server/accounts/reset-password-with-token";
import { resetPasswordAction } from "./actions";

// The token is in the address: no Referer carries it elsewhere, and no index keeps it.
export const metadata: Metadata = { title: "Đặt lại mật khẩu", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Public: a reset link issued by council staff. Nothing about the account is shown. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await resetLinkStateOf(token);
  return (
    <AuthCard title="Đặt lại mật khẩu" wide>
      {state === "valid" ? (
        <>
          <p className="mt-4 text-sm text-stone-700">
            Chọn mật khẩu mới cho tài khoản của bạn. Liên kết chỉ dùng được một lần; sau khi đặt, mọi phiên đăng nhập cũ sẽ bị đăng xuất.
          </p>
          <ResetPasswordForm action={resetPasswordAction} token={token} />
        </>
      ) : (
        <LinkRefused {...RESET_LINK_MESSAGES[state]} />
      )}
    </AuthCard>
  );
}
