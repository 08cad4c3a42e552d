import Link from "next/link";
import type { Metadata } from "next";
import { AwardTotalsTable, CoCpProposals } from "@/components/overview/award-caps";
import { CoCpCapForm } from "@/components/overview/co-cp-cap-form";
import { OverviewFilterForm, overviewSearch } from "@/components/overview/overview-filter";
import { OverviewSummary } from "@/components/overview/overview-summary";
import { OverviewTable } from "@/components/overview/overview-table";
import { Card, EmptyState } from "@/components/ui/card";
import { canInProvince } from "@/lib/domain/permissions";
import { formatDay } from "@/lib/format";
import { overviewQueryOf } from "@/lib/schemas/overview";
import { requireUser } from "@/lib/server/auth/current-user";
import { findCouncilOverview } from "@/lib/server/overview/find-council-overview";
import { readOr404 } from "@/lib/server/read-or-404";
import { saveCoCpCapAction } from "./actions";

export const metadata: Metadata = { title: "Tổng quan các khối" };

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * The council's overview (docs/decisions/0031-council-overview.md): every bloc of the province
 * (with the provinces it absorbed) or of the central level in a year, with its phase, next
 * deadline, results and late items; the nominations received against the caps, the Cờ thi đua
 * của Chính phủ cap across blocs with the proposals over it flagged; filters as GET parameters
 * and the same view as .xlsx. Anyone but council staff and administrators gets 404.
 */
export default async function CouncilOverviewPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const query = overviewQueryOf(await searchParams);
  const filter = { phase: query.phase, onlyLate: query.onlyLate, q: query.q };
  const view = await readOr404(findCouncilOverview({ council: query.tinh, year: query.nam, ...filter }), { forbidden: "404" });
  const search = overviewSearch({ council: view.council.key, year: view.year, ...filter });
  const canSetCap = canInProvince(user, "council-year:manage", view.council.provinceId);
  return (
    <main id="noi-dung" className="mx-auto max-w-6xl space-y-5 px-4 py-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold">
            Tổng quan các khối — {view.council.label}, năm {view.year}
          </h1>
          <p className="text-sm text-stone-600">
            Giai đoạn, hạn và việc trễ hạn của từng khối và cơ quan tính đến ngày {formatDay(view.today)}; đề nghị khen thưởng đã nhận so với chỉ tiêu.
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          <a href={`/api/tong-quan/xlsx?${search}`} className="rounded border border-stone-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-stone-100">
            Xuất Excel (.xlsx)
          </a>
          <Link href={`/quan-tri/bao-cao?nam=${view.year}`} className="rounded border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100">
            Báo cáo tổng hợp gửi Hội đồng
          </Link>
        </div>
      </div>
      <OverviewFilterForm values={{ council: view.council.key, councils: view.councils, year: view.year, years: view.years, ...filter }} />
      <OverviewSummary totals={view.totals} year={view.year} />
      <section aria-labelledby="overview-blocs" className="space-y-2">
        <h2 id="overview-blocs" className="text-base font-semibold">
          Các khối, cụm thi đua ({view.shown.length}/{view.rows.length})
        </h2>
        {view.rows.length === 0 ? (
          <EmptyState>{view.council.label} chưa có khối thi đua nào.</EmptyState>
        ) : view.shown.length === 0 ? (
          <EmptyState>Không có khối nào khớp bộ lọc.</EmptyState>
        ) : (
          <OverviewTable rows={view.shown} year={view.year} />
        )}
      </section>
      <Card title="Đề nghị khen thưởng đã nhận">
        <AwardTotalsTable awards={view.awards} coCp={view.coCp} />
      </Card>
      <Card title="Cờ thi đua của Chính phủ: chỉ tiêu chung các khối">
        <p className="text-sm">
          Số đề nghị không quá <strong>{view.coCp.description}</strong> (đơn vị dẫn đầu: được suy tôn trong biểu quyết đã kết thúc của các khối năm {view.year}
          ). Đã nhận <strong>{view.coCp.received}</strong>
          {view.coCp.over > 0 ? (
            <>
              , <strong className="text-red-800">vượt {view.coCp.over}</strong> — các đề nghị nhận sau cùng được đánh dấu.
            </>
          ) : (
            "."
          )}
        </p>
        <div className="mt-3">
          <CoCpProposals coCp={view.coCp} />
        </div>
        {canSetCap && <CoCpCapForm action={saveCoCpCapAction} provinceId={view.council.provinceId} year={view.year} setting={view.setting} />}
      </Card>
    </main>
  );
}
