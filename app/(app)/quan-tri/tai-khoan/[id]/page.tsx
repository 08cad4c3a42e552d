import type { Metadata } from "next";
import Link from "next/link";
import { AccountActiveForm } from "@/components/accounts/account-active-form";
import { AccountHistory } from "@/components/accounts/account-history";
import { AccountRoles } from "@/components/accounts/account-roles";
import { AccountStatus } from "@/components/accounts/account-table";
import { EditAccountForm } from "@/components/accounts/edit-account-form";
import { GrantRoleForm } from "@/components/accounts/grant-role-form";
import { ResetLinkForm } from "@/components/accounts/reset-link-form";
import { Card } from "@/components/ui/card";
import { formatMoment } from "@/lib/format";
import { findAccountChoices } from "@/lib/server/accounts/find-account-choices";
import { ACCOUNT_HISTORY_LIMIT, getAccount } from "@/lib/server/accounts/get-account";
import { readOr404 } from "@/lib/server/read-or-404";
import { grantRoleAction, issueResetLinkAction, setAccountActiveAction, updateAccountAction, withdrawRoleAction } from "./actions";

export const metadata: Metadata = { title: "Tài khoản" };

/** One account: its details, roles (give, withdraw), state, reset link and its own history. */
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // An account out of the caller's scope: the same page as an unknown address.
  const [account, choices] = await readOr404(Promise.all([getAccount(decodeURIComponent(id)), findAccountChoices()]), { forbidden: "404" });
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/quan-tri/tai-khoan" className="text-brand-700 underline">
          ← Danh sách tài khoản
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">{account.name}</h2>
          <p className="text-sm text-stone-600">{[account.title, account.agency].filter(Boolean).join(" · ") || "Chưa ghi chức danh, cơ quan"}</p>
          <p className="text-sm text-stone-600">
            {account.email}
            {account.phone ? ` · ${account.phone}` : ""} · Quản lý: {account.province}
          </p>
          <p className="text-xs text-stone-500">
            Tạo lúc {formatMoment(account.createdAt)}
            {account.passwordChangedAt ? ` · Đổi mật khẩu lần cuối ${formatMoment(account.passwordChangedAt)}` : ""}
          </p>
        </div>
        <AccountStatus isActive={account.isActive} mustChangePassword={account.mustChangePassword} />
      </div>

      <Card title="Vai trò">
        <AccountRoles roles={account.roles} accountName={account.name} withdraw={withdrawRoleAction} />
        <details className="mt-4 rounded border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium">Giao vai trò</summary>
          <div className="mt-3">
            <GrantRoleForm action={grantRoleAction} userId={account.id} accountAgencyId={account.agencyId} choices={choices} />
          </div>
        </details>
      </Card>

      <Card title="Thông tin tài khoản">
        <EditAccountForm
          action={updateAccountAction}
          account={{
            id: account.id,
            name: account.name,
            title: account.title,
            phone: account.phone,
            agencyId: account.agencyId,
            agency: account.agency,
            provinceId: account.provinceId,
            province: account.province,
            updatedAt: account.updatedAt,
          }}
          choices={choices}
        />
      </Card>

      <div className="grid gap-5 md:grid-cols-2">
        <Card title="Đặt lại mật khẩu">
          <ResetLinkForm action={issueResetLinkAction} userId={account.id} isActive={account.isActive} />
        </Card>
        <Card title="Trạng thái">
          <p className="mb-3 text-sm text-stone-600">
            {account.isActive ? "Tài khoản đang hoạt động." : "Tài khoản đang ngừng hoạt động: người dùng không đăng nhập được."}
          </p>
          <AccountActiveForm action={setAccountActiveAction} userId={account.id} name={account.name} isActive={account.isActive} isSelf={account.isSelf} />
        </Card>
      </div>

      <Card title="Lịch sử thay đổi">
        <AccountHistory entries={account.history} limit={ACCOUNT_HISTORY_LIMIT} />
      </Card>
    </div>
  );
}
