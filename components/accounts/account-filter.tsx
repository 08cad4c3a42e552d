import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { ROLE_LABELS, ROLES, type RoleName } from "@/lib/domain/roles";

export interface AccountFilterValues {
  q: string;
  role: RoleName | null;
  /** "dang-hoat-dong" | "ngung-hoat-dong" | "" */
  status: string;
}

/** Search and filters as a plain GET form: works without JavaScript and the address can be shared. */
export function AccountFilterForm({ values }: { values: AccountFilterValues }) {
  return (
    <form method="get" role="search" aria-label="Tìm tài khoản" className="flex flex-wrap items-end gap-3">
      <div className="min-w-60 flex-1">
        <label htmlFor="account-q" className="block text-sm font-medium">
          Họ tên hoặc email
        </label>
        <input id="account-q" name="q" type="search" defaultValue={values.q} className={inputClass} />
      </div>
      <div>
        <label htmlFor="account-role" className="block text-sm font-medium">
          Vai trò
        </label>
        <select id="account-role" name="vai-tro" defaultValue={values.role ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="account-status" className="block text-sm font-medium">
          Trạng thái
        </label>
        <select id="account-status" name="trang-thai" defaultValue={values.status} className={inputClass}>
          <option value="">Tất cả</option>
          <option value="dang-hoat-dong">Đang hoạt động</option>
          <option value="ngung-hoat-dong">Ngừng hoạt động</option>
        </select>
      </div>
      <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Lọc
      </button>
      {(values.q || values.role || values.status) && (
        <Link href="/quan-tri/tai-khoan" className="px-2 py-2 text-sm text-brand-700 underline">
          Bỏ lọc
        </Link>
      )}
    </form>
  );
}
