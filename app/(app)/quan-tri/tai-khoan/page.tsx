import type { Metadata } from "next";
import Link from "next/link";
import { AccountFilterForm } from "@/components/accounts/account-filter";
import { AccountTable } from "@/components/accounts/account-table";
import { Card } from "@/components/ui/card";
import { AccountFilterSchema } from "@/lib/schemas/accounts";
import { findAccounts, ACCOUNT_LIST_LIMIT } from "@/lib/server/accounts/find-accounts";
import { readOr404 } from "@/lib/server/read-or-404";

export const metadata: Metadata = { title: "Tài khoản" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const STATUS: Record<string, "1" | "0"> = { "dang-hoat-dong": "1", "ngung-hoat-dong": "0" };

/** The accounts the council member manages, with search and filters in the address. */
export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const status = first(query["trang-thai"]) ?? "";
  const filter = AccountFilterSchema.parse({ q: first(query.q), role: first(query["vai-tro"]), active: STATUS[status] });
  const list = await readOr404(findAccounts(filter), { forbidden: "404" });
  const filtered = Boolean(filter.q || filter.role || filter.active !== null);
  const button = "rounded px-4 py-2 text-sm font-semibold";
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">Tài khoản</h2>
          <p className="text-sm text-stone-600">
            Tài khoản do bạn quản lý: theo tỉnh, thành phố quản lý của từng tài khoản (kể cả các tỉnh đã hợp nhất vào tỉnh của bạn).
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/quan-tri/tai-khoan/moi" className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
            Tạo tài khoản
          </Link>
          <Link href="/quan-tri/tai-khoan/nhap-tu-tep" className={`${button} border border-stone-300 bg-white hover:bg-stone-100`}>
            Nhập từ tệp .xlsx
          </Link>
        </div>
      </div>
      <Card title={`Danh sách (${list.rows.length}${list.truncated ? "+" : ""})`}>
        <div className="mb-4">
          <AccountFilterForm values={{ q: filter.q ?? "", role: filter.role, status: STATUS[status] ? status : "" }} />
        </div>
        {list.truncated && (
          <p role="status" className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Có hơn {ACCOUNT_LIST_LIMIT} tài khoản khớp; chỉ hiện {ACCOUNT_LIST_LIMIT}. Hãy tìm theo tên, email hoặc lọc theo vai trò.
          </p>
        )}
        <AccountTable rows={list.rows} filtered={filtered} />
      </Card>
    </div>
  );
}
