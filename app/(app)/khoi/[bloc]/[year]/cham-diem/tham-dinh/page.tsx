import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { SCORING_MODE_LABELS } from "@/lib/domain/labels";
import { readOr404 } from "@/lib/server/read-or-404";
import { findVerificationQueue } from "@/lib/server/verification/find-verification-queue";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { QueueTable } from "./_components/queue-table";

export const metadata: Metadata = { title: "Thẩm định bảng điểm" };

/**
 * The verification queue: every member's sheet with its status, verifier and progress, for the
 * chair's team and the secretary; the deputy's leader sees the head's agency it verifies.
 */
export default async function VerificationQueuePage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  if (!data.cycle) return <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>;
  const queue = await readOr404(findVerificationQueue(data.bloc.id, data.year), { missing: () => null });
  if (!queue) return <EmptyState>Trang thẩm định dành cho Trưởng khối, Phó khối và thư ký khối.</EmptyState>;
  const base = `/khoi/${data.bloc.code}/${data.year}/cham-diem/tham-dinh`;
  return (
    <div className="space-y-5">
      {queue.scoringMode !== "VERIFICATION" && (
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Năm {data.year} khối chấm điểm theo hình thức “{SCORING_MODE_LABELS[queue.scoringMode] ?? queue.scoringMode}”: không thẩm định bảng điểm.
        </p>
      )}
      <Card title={`Thẩm định bảng điểm năm ${data.year}`}>
        <p className="mb-3 text-sm text-stone-600">
          Trưởng khối thẩm định bảng điểm của các cơ quan thành viên; bảng điểm của cơ quan Trưởng khối do Phó khối thẩm định. Không ai thẩm định cơ quan của
          chính mình.
          {queue.officers.headAgencyId === null && " Chưa ghi nhận Trưởng khối của năm: Trưởng khối thẩm định tất cả các cơ quan."}
        </p>
        {queue.tableVersion === null ? (
          <EmptyState>Bảng tiêu chí năm {data.year} chưa được khóa.</EmptyState>
        ) : queue.rows.length === 0 ? (
          <EmptyState>Bạn chưa được phân công thẩm định bảng điểm của cơ quan nào trong năm {data.year}.</EmptyState>
        ) : (
          <QueueTable rows={queue.rows} base={base} />
        )}
      </Card>
    </div>
  );
}
