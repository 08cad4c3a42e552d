import Link from "next/link";
import { CopyButton } from "./copy-button";
import type { IssuedPassword } from "@/lib/server/accounts/issued-password";
import { ScrollTable } from "@/components/ui/scroll-table";

const HANDOVER =
  "Mật khẩu tạm thời chỉ hiện một lần, hệ thống không lưu bản rõ. Hãy giao trực tiếp hoặc qua kênh an toàn cho người dùng; họ phải đổi mật khẩu ở lần đăng nhập đầu tiên.";

/** One new account's temporary password, shown once, with a copy button and the hand-over note. */
export function IssuedPasswordPanel({ issued }: { issued: IssuedPassword }) {
  return (
    <div role="status" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-semibold">
        Đã tạo tài khoản {issued.name} ({issued.email}).
      </p>
      <p className="flex flex-wrap items-center gap-3">
        <span>Mật khẩu tạm thời:</span>
        <code className="rounded bg-white px-2 py-1 font-mono text-base tracking-wider" data-testid="temporary-password">
          {issued.temporaryPassword}
        </code>
        <CopyButton text={issued.temporaryPassword} label="Sao chép mật khẩu" />
      </p>
      <p className="text-amber-900">{HANDOVER}</p>
      <p>
        <Link href={`/quan-tri/tai-khoan/${issued.userId}`} className="text-brand-700 underline">
          Mở trang của tài khoản (giao thêm vai trò, sửa thông tin)
        </Link>
      </p>
    </div>
  );
}

/** The temporary passwords of an import, once, in file order, with one button to copy them all. */
export function IssuedPasswordTable({ issued }: { issued: IssuedPassword[] }) {
  const all = ["Họ và tên\tEmail\tMật khẩu tạm thời", ...issued.map((i) => `${i.name}\t${i.email}\t${i.temporaryPassword}`)].join("\n");
  return (
    <div role="status" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-semibold">Đã tạo {issued.length} tài khoản.</p>
        <CopyButton text={all} label="Sao chép tất cả" />
      </div>
      <p className="text-amber-900">{HANDOVER}</p>
      <ScrollTable caption="Mật khẩu tạm thời của các tài khoản vừa nhập" className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th scope="col" className="px-2 py-2 font-medium">
              TT
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Họ và tên
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Email
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Mật khẩu tạm thời
            </th>
          </tr>
        </thead>
        <tbody>
          {issued.map((i, n) => (
            <tr key={i.userId} className="border-b border-stone-100 last:border-0">
              <td className="px-2 py-2 text-stone-500">{n + 1}</td>
              <td className="px-2 py-2">
                <Link href={`/quan-tri/tai-khoan/${i.userId}`} className="text-brand-700 underline">
                  {i.name}
                </Link>
              </td>
              <td className="px-2 py-2">{i.email}</td>
              <td className="px-2 py-2">
                <code className="font-mono tracking-wider" data-testid="temporary-password">
                  {i.temporaryPassword}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
