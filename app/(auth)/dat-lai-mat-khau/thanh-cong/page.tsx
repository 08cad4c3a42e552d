import type { Metadata } from "next";
import { AuthCard } from "@/components/account-self/auth-card";
import { LoginForm } from "../../login/login-form";

export const metadata: Metadata = { title: "Đã đặt lại mật khẩu" };

/** After a reset: the success message with the sign-in form, to sign in with the new password at once. */
export default function ResetDonePage() {
  return (
    <AuthCard title="Đăng nhập">
      <p role="status" className="mt-4 rounded bg-green-50 px-3 py-2 text-sm text-green-800">
        Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ của tài khoản đã được đăng xuất; vui lòng đăng nhập bằng mật khẩu mới.
      </p>
      <LoginForm callbackUrl="/" />
    </AuthCard>
  );
}
