import type { Metadata } from "next";
import { AwardFormTable } from "@/components/awards/award-form-table";
import { DecisionList } from "@/components/awards/decision-list";
import { NominationTable } from "@/components/awards/nomination-table";
import { Card, EmptyState } from "@/components/ui/card";
import { findAwardForms } from "@/lib/server/awards/find-award-forms";
import { findDecisions } from "@/lib/server/awards/find-decisions";
import { findNominations } from "@/lib/server/awards/find-nominations";
import { loadBlocYear, type BlocYearParams } from "../load";

export const metadata: Metadata = { title: "Khen thưởng" };

export default async function AwardsPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const [forms, nominations, decisions] = await Promise.all([
    findAwardForms(data.bloc.id, data.year),
    findNominations(data.bloc.id, data.year),
    findDecisions(data.bloc.id, data.year),
  ]);

  return (
    <div className="space-y-5">
      <Card title={`Danh mục hình thức khen thưởng năm ${data.year}`}>
        {forms.length === 0 ? (
          <EmptyState>Chưa có danh mục hình thức khen thưởng cho năm {data.year}.</EmptyState>
        ) : (
          <AwardFormTable forms={forms} year={data.year} />
        )}
      </Card>

      <Card title="Đề nghị khen thưởng">
        {nominations.scope === "OWN" && <p className="mb-2 text-sm text-stone-600">Bạn xem được đề nghị khen thưởng của cơ quan mình.</p>}
        {nominations.scope === "NONE" ? (
          <EmptyState>Đề nghị khen thưởng chỉ hiển thị cho cơ quan đề nghị và Thư ký, Trưởng khối.</EmptyState>
        ) : nominations.rows.length === 0 ? (
          <EmptyState>Chưa có đề nghị khen thưởng nào cho năm {data.year}.</EmptyState>
        ) : (
          <NominationTable rows={nominations.rows} year={data.year} />
        )}
      </Card>

      <Card title="Quyết định khen thưởng">
        {decisions.length === 0 ? (
          <EmptyState>Chưa ghi nhận quyết định khen thưởng nào cho năm thi đua {data.year}.</EmptyState>
        ) : (
          <DecisionList decisions={decisions} />
        )}
      </Card>
    </div>
  );
}
