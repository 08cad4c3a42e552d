import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account-self/auth-card";
import { ChangePasswordForm } from "@/components/account-self/change-password-form";
import { SignOutLink } from "@/components/account-self/sign-out-link";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { changeTemporaryPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Đổi mật khẩu tạm thời" };
export const dynamic = "force-dynamic";

/**
 * Where every page of the signed-in shell sends an account on a temporary
 * password. Outside the (app) group, whose layout does that redirect; read
 * with getCurrentUser because requireUser refuses such an account.
 */
export default async function ForcedPasswordChangePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!user.mustChangePassword) redirect("/tai-khoan");
  return (
    <AuthCard title="Đặt mật khẩu mới" wide>
      <p className="mt-4 text-sm text-stone-700">
        Chào <span className="font-medium">{user.name}</span>. Tài khoản của bạn đang dùng mật khẩu tạm thời do cán bộ quản lý cấp. Vui lòng đặt mật khẩu của
        riêng bạn để tiếp tục làm việc.
      </p>
      <div className="mt-6">
        <ChangePasswordForm action={changeTemporaryPasswordAction} email={user.email} currentLabel="Mật khẩu tạm thời" submitText="Đặt mật khẩu và tiếp tục" />
      </div>
      <p className="mt-6 text-center text-sm text-stone-600">
        Không phải {user.email}? <SignOutLink />
      </p>
    </AuthCard>
  );
}
