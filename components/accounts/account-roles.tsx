"use client";

import { useActionState } from "react";
import { EmptyState } from "@/components/ui/card";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { ROLE_LABELS } from "@/lib/domain/roles";
import type { AccountGrant } from "@/lib/server/accounts/get-account";
import { periodText } from "./role-list";
import type { ActionState } from "@/lib/forms/action-state";
import { ScrollTable } from "@/components/ui/scroll-table";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** The account's roles, each with its scope, days and (when the caller covers it) a withdraw button. */
export function AccountRoles({ roles, accountName, withdraw }: { roles: AccountGrant[]; accountName: string; withdraw: Action }) {
  if (roles.length === 0) return <EmptyState>Tài khoản chưa có vai trò nào: người dùng đăng nhập được nhưng chưa làm được việc gì.</EmptyState>;
  return (
    <ScrollTable caption={`Vai trò của ${accountName}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-3 font-medium">
            Vai trò
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Phạm vi
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Thời hạn
          </th>
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">Thao tác</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {roles.map((g) => (
          <tr key={g.id} className="border-b border-stone-100 align-top last:border-0" data-testid="grant-row">
            <td className="py-2 pr-3 font-medium">{ROLE_LABELS[g.role]}</td>
            <td className="py-2 pr-3">{g.scope}</td>
            <td className="py-2 pr-3">
              {periodText(g) || "Không thời hạn"}
              {!g.inForce && <p className="text-xs text-stone-500">Hôm nay chưa hoặc đã hết hiệu lực</p>}
            </td>
            <td className="py-2">
              {g.canWithdraw ? (
                <WithdrawRoleForm grant={g} accountName={accountName} action={withdraw} />
              ) : (
                <span className="text-xs text-stone-500">Ngoài phạm vi bạn quản lý</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function WithdrawRoleForm({ grant, accountName, action }: { grant: AccountGrant; accountName: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="grantId" value={grant.id} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={`Thu hồi vai trò ${ROLE_LABELS[grant.role]} của ${accountName}?`}
        description={`Phạm vi: ${grant.scope}. Người dùng mất quyền của vai trò này ngay ở lần thao tác tiếp theo. Việc thu hồi được ghi nhật ký.`}
        confirmText="Thu hồi"
      >
        Thu hồi
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
