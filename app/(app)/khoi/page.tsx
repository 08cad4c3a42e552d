import type { Metadata } from "next";
import Link from "next/link";
import { BlocOverviewTable } from "@/components/blocs/bloc-overview-table";
import { EmptyState } from "@/components/ui/card";
import { canSomewhere } from "@/lib/domain/permissions";
import { compareVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { findBlocOverview } from "@/lib/server/blocs/find-bloc-overview";

export const metadata: Metadata = { title: "Các khối thi đua" };

type Search = Promise<{ tinh?: string; q?: string }>;

/**
 * Every bloc the user reaches with its current year, open phases and next
 * deadline: where council staff land after signing in. Filter by province and
 * by name.
 */
export default async function BlocsPage({ searchParams }: { searchParams: Search }) {
  const { tinh, q } = await searchParams;
  const user = await requireUser();
  const all = await findBlocOverview(user);
  const provinces = [...new Map(all.filter((b) => b.province).map((b) => [b.province!.code, b.province!.name])).entries()].sort((a, b) =>
    compareVi(a[1], b[1]),
  );
  const needle = q?.trim().toLocaleLowerCase("vi") ?? "";
  const blocs = all.filter(
    (b) =>
      (!tinh || (tinh === "TW" ? b.province === null : b.province?.code === tinh)) &&
      (!needle || b.name.toLocaleLowerCase("vi").includes(needle) || b.code.toLowerCase().includes(needle)),
  );
  return (
    <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold">Các khối, cụm thi đua</h1>
          <p className="text-sm text-stone-600">Năm thi đua hiện tại của mỗi khối, giai đoạn đang mở và hạn gần nhất.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canSomewhere(user, "overview:read") && (
            <Link href="/tong-quan" className="rounded border border-stone-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-stone-100">
              Tổng quan, việc trễ hạn
            </Link>
          )}
          {canSomewhere(user, "bloc:create") && (
            <Link href="/khoi/moi" className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              Lập khối mới
            </Link>
          )}
        </div>
      </div>
      <form className="no-print mb-4 flex flex-wrap items-end gap-3" role="search">
        {provinces.length > 0 && (
          <div>
            <label htmlFor="filter-province" className="block text-xs font-medium text-stone-600">
              Tỉnh, thành phố
            </label>
            <select id="filter-province" name="tinh" defaultValue={tinh ?? ""} className="mt-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm">
              <option value="">Tất cả</option>
              {provinces.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
              {all.some((b) => b.province === null) && <option value="TW">Cấp Trung ương</option>}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="filter-q" className="block text-xs font-medium text-stone-600">
            Tên hoặc mã khối
          </label>
          <input id="filter-q" name="q" defaultValue={q ?? ""} className="mt-1 rounded border border-stone-300 px-2 py-1 text-sm" />
        </div>
        <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-50">
          Lọc
        </button>
      </form>
      {all.length === 0 ? (
        <EmptyState>Chưa có khối thi đua nào trong phạm vi của bạn.{canSomewhere(user, "bloc:create") ? " Bấm “Lập khối mới” để bắt đầu." : ""}</EmptyState>
      ) : blocs.length === 0 ? (
        <EmptyState>Không có khối nào khớp bộ lọc.</EmptyState>
      ) : (
        <BlocOverviewTable blocs={blocs} />
      )}
    </main>
  );
}
