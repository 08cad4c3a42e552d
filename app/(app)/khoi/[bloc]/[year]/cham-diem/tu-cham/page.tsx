import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { findSheetStatuses } from "@/lib/server/self-scoring/find-sheet-statuses";
import { getScoreSheet } from "@/lib/server/self-scoring/get-score-sheet";
import { getSheetVerification } from "@/lib/server/verification/get-sheet-verification";
import { DeadlineOverrides } from "@/components/deadlines/deadline-overrides";
import { findDeadlineOverrides } from "@/lib/server/deadlines/find-deadline-overrides";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { grantExtensionAction, waiveLatePenaltyAction } from "../../thiet-lap/lich/actions";
import { SheetStatusList } from "./_components/sheet-status-list";
import { SheetView } from "./_components/sheet-view";

export const metadata: Metadata = { title: "Tự chấm điểm" };

/**
 * Self-scoring: an agency's leader and officer fill their own sheet; the secretary, chair and
 * council staff see every member's status and open each sheet read-only.
 */
export default async function SelfScoringPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  if (!data.cycle) return <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>;
  const user = await requireUser();
  const blocId = data.bloc.id;
  const own = data.members.filter((m) => can(user, "score:edit:own", { blocId, agencyId: m.agencyId }));
  const readsAll = can(user, "score:read-all", { blocId });
  const [statuses, overrides, sheets, verifications] = await Promise.all([
    readsAll ? findSheetStatuses(blocId, data.year) : null,
    readsAll ? findDeadlineOverrides(blocId, data.year, "SELF_SCORING") : null,
    Promise.all(own.map((m) => getScoreSheet(blocId, data.year, m.agencyId))),
    Promise.all(own.map((m) => getSheetVerification(blocId, data.year, m.agencyId))),
  ]);

  const docxBase = `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/tu-cham`;
  return (
    <div className="space-y-5">
      {sheets.map((view, i) => (
        <SheetView key={view.agency.id} view={view} year={data.year} verification={verifications[i]} docxBase={docxBase} />
      ))}
      {statuses && (
        <Card title="Tình hình tự chấm của các cơ quan">
          {statuses.tableVersion === null ? (
            <EmptyState>Bảng tiêu chí năm {data.year} chưa được khóa.</EmptyState>
          ) : (
            <SheetStatusList rows={statuses.rows} base={`/khoi/${data.bloc.code}/${data.year}/cham-diem/tu-cham`} />
          )}
        </Card>
      )}
      {overrides && <DeadlineOverrides view={overrides} extendAction={grantExtensionAction} waiveAction={waiveLatePenaltyAction} />}
      {!statuses && sheets.length === 0 && <EmptyState>Trang tự chấm dành cho cơ quan thành viên của khối năm {data.year}.</EmptyState>}
    </div>
  );
}
