import type { Metadata } from "next";
import Link from "next/link";
import { CriteriaTableVersions } from "@/components/scoring/criteria-table-versions";
import { CriteriaTree } from "@/components/scoring/criteria-tree";
import { PublicationList } from "@/components/scoring/publication-list";
import { ScoreSheetTable } from "@/components/scoring/score-sheet-table";
import { Card, EmptyState } from "@/components/ui/card";
import { SCORING_MODE_LABELS } from "@/lib/domain/labels";
import { findCriteriaTables } from "@/lib/server/scoring/find-criteria-tables";
import { findResultPublications } from "@/lib/server/scoring/find-result-publications";
import { findScoreSheets } from "@/lib/server/scoring/find-score-sheets";
import { loadBlocYear, type BlocYearParams } from "../load";

export const metadata: Metadata = { title: "Chấm điểm" };

export default async function ScoringPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const [criteria, sheets, publications] = await Promise.all([
    findCriteriaTables(data.bloc.id, data.year),
    findScoreSheets(data.bloc.id, data.year),
    findResultPublications(data.bloc.id, data.year),
  ]);
  const latest = criteria.tables[0];
  const base = `/khoi/${data.bloc.code}/${data.year}/cham-diem`;
  const link = (path: string, label: string) => (
    <Link href={`${base}${path}`} className="no-print text-sm font-medium text-brand-700 hover:underline">
      {label}
    </Link>
  );

  return (
    <div className="space-y-5">
      <Card title="Phương thức chấm điểm">
        {data.cycle ? (
          <p className="text-sm">
            Năm {data.year}: <strong>{SCORING_MODE_LABELS[data.cycle.scoringMode] ?? data.cycle.scoringMode}</strong>.
          </p>
        ) : (
          <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>
        )}
      </Card>

      <Card title="Bảng tiêu chí chấm điểm" actions={link("/tieu-chi", "Xem và soạn bảng tiêu chí")}>
        {latest ? (
          <CriteriaTableVersions tables={criteria.tables} year={data.year} />
        ) : (
          <EmptyState>Chưa có bảng tiêu chí chấm điểm cho năm {data.year}.</EmptyState>
        )}
      </Card>
      {latest && (
        <Card title={`Tiêu chí — ${latest.title} (phiên bản ${latest.version})`}>
          <CriteriaTree criteria={criteria.latestCriteria} version={latest.version} />
        </Card>
      )}

      <Card title="Bảng điểm của các cơ quan" actions={link("/tu-cham", "Tự chấm điểm")}>
        {sheets.scope === "OWN" && <p className="mb-2 text-sm text-stone-600">Bạn xem được bảng điểm của cơ quan mình.</p>}
        {sheets.rows.length > 0 ? (
          <ScoreSheetTable rows={sheets.rows} year={data.year} />
        ) : sheets.scope === "ALL" ? (
          <EmptyState>Khối chưa có cơ quan thành viên năm {data.year}.</EmptyState>
        ) : (
          <EmptyState>Bảng điểm chỉ hiển thị cho cơ quan tự chấm và Thư ký, Trưởng khối.</EmptyState>
        )}
      </Card>

      <Card title="Kết quả đã công bố" actions={link("/ket-qua", "Bảng xếp hạng theo điểm hiện hành")}>
        {publications === null ? (
          <EmptyState>Bạn không có quyền xem kết quả chấm điểm của khối.</EmptyState>
        ) : publications.length === 0 ? (
          <EmptyState>Chưa công bố kết quả chấm điểm năm {data.year}.</EmptyState>
        ) : (
          <PublicationList publications={publications} />
        )}
      </Card>
    </div>
  );
}
