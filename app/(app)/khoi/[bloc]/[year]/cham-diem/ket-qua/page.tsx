import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { getBlocResults } from "@/lib/server/results/compute-bloc-results";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { ExcludedAgencies } from "./_components/excluded-agencies";
import { RankingTable } from "./_components/ranking-table";
import { GroupsChart, TotalsChart } from "./_components/results-charts";
import { ResultsMatrix } from "./_components/results-matrix";

export const metadata: Metadata = { title: "Kết quả chấm điểm" };

const EMPTY = {
  NO_CYCLE: (year: number) => `Chưa lập năm thi đua ${year} cho khối này.`,
  NO_TABLE: (year: number) => `Chưa có bảng tiêu chí đã khóa cho năm ${year}: kết quả có khi bảng tiêu chí được khóa và các cơ quan tự chấm.`,
  NO_SHEETS: (year: number) => `Chưa có cơ quan nào chấm điểm năm ${year}.`,
} as const;

export default async function ResultsPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const view = await getBlocResults(data.bloc.id, data.year);

  if (view === null) return <EmptyState>Kết quả chấm điểm chỉ hiển thị cho Thư ký, Trưởng khối và cơ quan thành viên trước khi công bố.</EmptyState>;
  if (view.status !== "READY") return <EmptyState>{EMPTY[view.status](data.year)}</EmptyState>;

  const groups = view.criteria.filter((c) => c.isTopBaseGroup);
  const xlsxHref = `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/ket-qua/xlsx`;
  const leader = view.rows[0];
  const own = view.scope === "OWN";
  const noRows = own
    ? `Cơ quan của bạn chưa được xếp hạng năm ${data.year}.`
    : `Chưa có cơ quan nào được xếp hạng năm ${data.year}: xem lý do ở danh sách cơ quan không được xếp hạng.`;
  return (
    <div className="space-y-5">
      <p className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        Kết quả tính từ điểm hiện hành theo {view.table.title} (phiên bản {view.table.version}), <strong>chưa công bố</strong>: điểm còn thay đổi khi thẩm định
        và giải quyết kiến nghị. Chỉ xếp hạng cơ quan có bảng điểm đã hoàn tất thẩm định (hình thức chấm chéo: đã nộp bảng tự chấm và được mọi cơ quan khác nộp
        điểm chấm chéo).
        {own && " Trước khi công bố, bạn chỉ xem được kết quả của cơ quan mình."}
      </p>

      <Card
        title="Bảng xếp hạng"
        actions={
          <a href={xlsxHref} className="text-sm font-medium text-brand-700 underline" download>
            Xuất bảng tổng hợp điểm (.xlsx)
          </a>
        }
      >
        {view.rows.length > 0 ? <RankingTable rows={view.rows} year={data.year} /> : <EmptyState>{noRows}</EmptyState>}
      </Card>

      <ExcludedAgencies
        excluded={view.excluded}
        empty={own ? "Cơ quan của bạn có trong bảng xếp hạng." : "Mọi cơ quan thành viên đều được xếp hạng."}
        intro={own ? undefined : "Các cơ quan sau chưa đủ điều kiện xếp hạng; công bố kết quả khi còn cơ quan chưa được xếp hạng phải kèm lý do."}
      />

      {view.rows.length > 0 && (
        <>
          <Card title="Ma trận điểm theo tiêu chí">
            <ResultsMatrix criteria={view.criteria} rows={view.rows} />
          </Card>
          <Card title="Biểu đồ tổng điểm">
            <TotalsChart
              data={view.rows.map((r) => ({ name: r.shortName || r.agencyName, total: r.total }))}
              summary={`Biểu đồ cột tổng điểm của ${view.rows.length} cơ quan${view.scope === "ALL" ? `; cao nhất: ${leader!.agencyName}` : ""}. Số liệu ở bảng xếp hạng.`}
            />
          </Card>
          {groups.length > 0 && (
            <Card title="Biểu đồ điểm theo nhóm tiêu chí">
              <GroupsChart
                data={{
                  groups: groups.map((g) => ({ id: g.id, code: g.code, name: g.name })),
                  rows: view.rows.map((r) => ({ name: r.shortName || r.agencyName, ...Object.fromEntries(groups.map((g) => [g.id, r.groups[g.id] ?? 0])) })),
                }}
                summary={`Biểu đồ cột chồng điểm ${groups.length} nhóm tiêu chí cơ bản của từng cơ quan. Số liệu ở ma trận điểm.`}
              />
            </Card>
          )}
        </>
      )}
      <p className="text-sm">
        <Link href={`/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/cham-diem`} className="text-brand-700 underline">
          ← Về trang chấm điểm
        </Link>
      </p>
    </div>
  );
}
