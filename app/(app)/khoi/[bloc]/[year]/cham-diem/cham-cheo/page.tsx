import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { findCrossTargets } from "@/lib/server/cross-scoring/find-cross-targets";
import { getCrossSummary } from "@/lib/server/cross-scoring/get-cross-summary";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { CrossSummaryMatrix } from "./_components/cross-summary-matrix";
import { CrossTargetsList } from "./_components/cross-targets-list";

export const metadata: Metadata = { title: "Chấm chéo" };

/**
 * Cross-scoring (chấm chéo): a member agency's list of the others to score; for the chair,
 * secretary and council staff the summary matrix with spreads and flagged cells.
 */
export default async function CrossScoringPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  if (!data.cycle) return <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>;
  if (data.cycle.scoringMode !== "CROSS_SCORING") {
    return <EmptyState>Năm {data.year} khối áp dụng hình thức thẩm định, không chấm chéo.</EmptyState>;
  }
  const user = await requireUser();
  const blocId = data.bloc.id;
  const readsAll = can(user, "score:read-all", { blocId });
  const [targets, summary] = await Promise.all([findCrossTargets(blocId, data.year), readsAll ? getCrossSummary(blocId, data.year) : null]);
  const base = `/khoi/${data.bloc.code}/${data.year}/cham-diem/cham-cheo`;

  return (
    <div className="space-y-5">
      {targets.scorer && (
        <Card title={`Chấm chéo của ${targets.scorer.name}`}>
          {targets.tableVersion === null ? (
            <EmptyState>Bảng tiêu chí năm {data.year} chưa được khóa.</EmptyState>
          ) : (
            <CrossTargetsList rows={targets.targets} scorable={targets.scorable} base={base} />
          )}
        </Card>
      )}
      {summary && (
        <Card title="Tổng hợp điểm chấm chéo">
          <CrossSummaryMatrix summary={summary} />
        </Card>
      )}
      {!targets.scorer && !summary && <EmptyState>Trang chấm chéo dành cho cơ quan thành viên của khối năm {data.year}.</EmptyState>}
    </div>
  );
}
