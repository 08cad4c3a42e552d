import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import type { AccountRow } from "@/lib/server/accounts/find-accounts";
import { RoleList } from "./role-list";
import { ScrollTable } from "@/components/ui/scroll-table";

/** The accounts a council member manages: who, where, their roles and their state. */
export function AccountTable({ rows, filtered }: { rows: AccountRow[]; filtered: boolean }) {
  if (rows.length === 0) {
    return (
      <EmptyState>
        {filtered
          ? "Không có tài khoản nào khớp với bộ lọc. Hãy bỏ bớt điều kiện lọc."
          : "Chưa có tài khoản nào trong phạm vi bạn quản lý. Hãy tạo tài khoản mới hoặc nhập danh sách từ tệp .xlsx."}
      </EmptyState>
    );
  }
  return (
    <ScrollTable caption="Tài khoản trong phạm vi quản lý, xếp theo họ và tên">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-3 font-medium">
            Họ và tên
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Cơ quan
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Liên hệ
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Vai trò
          </th>
          <th scope="col" className="py-2 font-medium">
            Trạng thái
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} className="border-b border-stone-100 align-top last:border-0" data-testid="account-row">
            <td className="py-2 pr-3">
              <Link href={`/quan-tri/tai-khoan/${a.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {a.name}
              </Link>
              {a.title && <p className="text-stone-600">{a.title}</p>}
              <p className="text-xs text-stone-500">Quản lý: {a.province}</p>
            </td>
            <td className="py-2 pr-3">{a.agency ?? <span className="text-stone-500">—</span>}</td>
            <td className="py-2 pr-3">
              <p className="break-all">{a.email}</p>
              {a.phone && <p className="tabular-nums text-stone-600">{a.phone}</p>}
            </td>
            <td className="py-2 pr-3">
              <RoleList roles={a.roles} />
            </td>
            <td className="py-2">
              <AccountStatus isActive={a.isActive} mustChangePassword={a.mustChangePassword} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function AccountStatus({ isActive, mustChangePassword }: { isActive: boolean; mustChangePassword: boolean }) {
  return (
    <div className="flex flex-col items-start gap-1">
      {isActive ? (
        <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">Đang hoạt động</span>
      ) : (
        <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">Ngừng hoạt động</span>
      )}
      {mustChangePassword && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">Chờ đổi mật khẩu tạm thời</span>}
    </div>
  );
}
