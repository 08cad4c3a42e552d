import type { Metadata } from "next";
import Link from "next/link";
import { CommitmentList } from "@/components/progress/commitment-list";
import { ProgressMatrix } from "@/components/progress/progress-matrix";
import { StatusLegend } from "@/components/progress/status-legend";
import { Card, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { checkProgressWindow } from "@/lib/domain/progress";
import { requireUser } from "@/lib/server/auth/current-user";
import { todayInVietnam } from "@/lib/server/clock";
import { findProgressMatrix } from "@/lib/server/progress/find-progress-matrix";
import { getAgencyProgress } from "@/lib/server/progress/get-agency-progress";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { AgencyProgressForms } from "./_components/agency-progress";
import { WindowNotice } from "./_components/window-notice";

export const metadata: Metadata = { title: "Sơ kết 6 tháng" };

/**
 * Mid-year review: the secretary, chair and council staff see the matrix of
 * every member's progress; an agency's leader and officer report their own.
 */
export default async function MidYearReviewPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const user = await requireUser();
  const blocId = data.bloc.id;
  const readsAll = can(user, "progress:read-all", { blocId });
  const ownAgencies = data.members.filter((m) => can(user, "progress:edit:own", { blocId, agencyId: m.agencyId }));
  const [matrix, sheets] = await Promise.all([
    readsAll ? findProgressMatrix(blocId, data.year) : null,
    Promise.all(ownAgencies.map((m) => getAgencyProgress(blocId, data.year, m.agencyId))),
  ]);
  const progressWindow = checkProgressWindow(data.phases, todayInVietnam());
  const pledge = matrix?.pledge ?? sheets[0]?.pledge ?? null;
  const notSigned = <EmptyState>Giao ước năm {data.year} chưa được ký đủ: chưa thể báo cáo tiến độ sơ kết.</EmptyState>;
  const base = `/khoi/${data.bloc.code}/${data.year}`;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={`${base}/dang-ky`} className="text-brand-700 underline">
          ← Đăng ký &amp; giao ước
        </Link>
      </p>
      <Card title={`Sơ kết 6 tháng năm ${data.year}`}>
        <WindowNotice check={progressWindow} pledge={pledge} />
      </Card>

      {!readsAll && ownAgencies.length === 0 && (
        <Card title="Tiến độ thực hiện giao ước">
          <EmptyState>Tiến độ sơ kết chỉ hiển thị cho cơ quan báo cáo và Thư ký, Trưởng khối.</EmptyState>
        </Card>
      )}

      {sheets.map((sheet) => (
        <Card key={sheet.agency.id} title={`Tiến độ của ${sheet.agency.name}`}>
          {sheet.pledge ? <AgencyProgressForms sheet={sheet} closedReason={progressWindow.open ? null : progressWindow.reason} /> : notSigned}
        </Card>
      ))}

      {matrix && (
        <Card
          title="Tiến độ của các cơ quan"
          actions={
            matrix.pledge && (
              <a href={`/api${base}/so-ket/xlsx`} className="rounded border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100" download>
                Xuất Excel (.xlsx)
              </a>
            )
          }
        >
          {!matrix.pledge ? (
            notSigned
          ) : matrix.rows.length === 0 ? (
            <EmptyState>Khối chưa có cơ quan thành viên năm {data.year}.</EmptyState>
          ) : matrix.commitments.length === 0 ? (
            <EmptyState>Giao ước đã ký không có cam kết nào để báo cáo.</EmptyState>
          ) : (
            <div className="space-y-3">
              <StatusLegend />
              <ProgressMatrix matrix={matrix} year={data.year} />
            </div>
          )}
        </Card>
      )}

      {matrix?.pledge && matrix.commitments.length > 0 && (
        <Card title="Nội dung các cam kết">
          <CommitmentList commitments={matrix.commitments} />
        </Card>
      )}
    </div>
  );
}
