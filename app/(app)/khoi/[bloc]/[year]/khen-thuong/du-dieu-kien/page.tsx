import type { Metadata } from "next";
import { EligibilityMatrixTable } from "@/components/awards/eligibility-matrix";
import { Card, EmptyState } from "@/components/ui/card";
import { getEligibility } from "@/lib/server/awards/get-eligibility";
import { loadBlocYear, type BlocYearParams } from "../../load";

export const metadata: Metadata = { title: "Điều kiện khen thưởng" };

export default async function EligibilityPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const view = await getEligibility(data.bloc.id, data.year);
  const title = `Điều kiện khen thưởng năm ${data.year}`;
  if (!view) {
    return (
      <Card title={title}>
        <EmptyState>Năm {data.year} chưa được lập năm thi đua.</EmptyState>
      </Card>
    );
  }
  return (
    <Card title={title}>
      <p className="mb-3 text-sm text-stone-600">
        {view.publishedVersion === null
          ? `Kết quả thi đua năm ${data.year} chưa được công bố: các điều kiện về mức xếp loại và điều kiện loại trừ chưa xét được.`
          : `Mức xếp loại và điều kiện loại trừ theo kết quả đã công bố (bản số ${view.publishedVersion}). Cơ quan chưa đủ điều kiện vẫn giữ thứ hạng, chỉ không được đề nghị.`}
      </p>
      {view.forms.length === 0 ? (
        <EmptyState>Chưa có danh mục hình thức khen thưởng cho năm {data.year}.</EmptyState>
      ) : view.matrix.rows.length === 0 ? (
        <EmptyState>Bạn chỉ xem được điều kiện của cơ quan mình; tài khoản này không thuộc cơ quan thành viên nào của khối.</EmptyState>
      ) : (
        <EligibilityMatrixTable forms={view.forms} matrix={view.matrix} year={data.year} />
      )}
    </Card>
  );
}
