import type { Metadata } from "next";
import { EmailPreferencesForm } from "@/components/notifications/email-preferences-form";
import { ChangePasswordForm } from "@/components/account-self/change-password-form";
import { ProfileForm } from "@/components/account-self/profile-form";
import { RoleList } from "@/components/account-self/role-list";
import { SessionList } from "@/components/account-self/session-list";
import { SignOutOthersForm } from "@/components/account-self/sign-out-others-form";
import { Card } from "@/components/ui/card";
import { formatMoment } from "@/lib/format";
import { findOwnSessions } from "@/lib/server/accounts/find-own-sessions";
import { getOwnProfile } from "@/lib/server/accounts/get-own-profile";
import { getNotificationPreferences } from "@/lib/server/notifications/get-notification-preferences";
import { todayInVietnam } from "@/lib/server/clock";
import { changePasswordAction, saveNotificationPreferencesAction, signOutOthersAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

/** Every user's own account: profile, roles, password, sessions and which notifications are e-mailed. */
export default async function MyAccountPage() {
  const [profile, sessions, notifications] = await Promise.all([getOwnProfile(), findOwnSessions(), getNotificationPreferences()]);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-5 text-xl font-bold">Tài khoản của tôi</h1>
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title="Thông tin cá nhân">
          <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-500">Email</dt>
            <dd className="font-medium">{profile.email}</dd>
            <dt className="text-stone-500">Cơ quan</dt>
            <dd>{profile.agencyName ?? "—"}</dd>
          </dl>
          <p className="mb-4 text-xs text-stone-500">Email, cơ quan và vai trò do cán bộ Hội đồng Thi đua – Khen thưởng quản lý tài khoản thay đổi.</p>
          <ProfileForm
            action={updateProfileAction}
            initial={{ name: profile.name, title: profile.title, phone: profile.phone, updatedAt: profile.updatedAt }}
          />
        </Card>
        <Card title="Đổi mật khẩu">
          <p className="mb-4 text-sm text-stone-600">
            {profile.passwordChangedAt ? `Mật khẩu được đổi lần gần nhất lúc ${formatMoment(profile.passwordChangedAt)}.` : "Bạn chưa đổi mật khẩu lần nào."}{" "}
            Sau khi đổi, các phiên đăng nhập khác của bạn sẽ bị đăng xuất.
          </p>
          <ChangePasswordForm action={changePasswordAction} email={profile.email} />
        </Card>
        <div className="lg:col-span-2">
          <Card title="Vai trò được phân công">
            <RoleList roles={profile.roles} today={todayInVietnam()} />
          </Card>
        </div>
        <div id="thong-bao-email" className="lg:col-span-2">
          <Card title="Thông báo qua e-mail">
            <p className="mb-3 text-sm text-stone-600">
              Mọi thông báo đều có trong trang Thông báo. Các loại được chọn dưới đây còn được gửi tới {profile.email}.
              {!notifications.mailConfigured && " Hệ thống hiện chưa cấu hình máy chủ gửi thư: thư sẽ được gửi khi cán bộ quản trị cấu hình."}
            </p>
            <EmailPreferencesForm action={saveNotificationPreferencesAction} choices={notifications.choices} />
          </Card>
        </div>
        <div className="lg:col-span-2">
          <Card title="Phiên đăng nhập">
            <p className="mb-3 text-sm text-stone-600">
              Các trình duyệt đang đăng nhập bằng tài khoản của bạn. Nếu thấy phiên lạ, hãy đăng xuất các phiên khác và đổi mật khẩu.
            </p>
            <SessionList sessions={sessions} />
            <SignOutOthersForm action={signOutOthersAction} others={others} />
          </Card>
        </div>
      </div>
    </main>
  );
}
