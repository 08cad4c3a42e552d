import { StatusBadge } from "@/components/progress/status-badge";
import { EmptyState } from "@/components/ui/card";
import { formatTarget } from "@/lib/domain/progress";
import { formatMoment } from "@/lib/format";
import type { AgencyProgress } from "@/lib/server/progress/get-agency-progress";
import { ProgressForm } from "./progress-form";

/** An agency's report: one form per commitment of the signed pledge. */
export function AgencyProgressForms({ sheet, closedReason }: { sheet: AgencyProgress; closedReason: string | null }) {
  const reason = sheet.canEdit ? closedReason : "Bạn chỉ xem được tiến độ của cơ quan này.";
  if (sheet.items.length === 0) return <EmptyState>Giao ước đã ký không có cam kết nào để báo cáo.</EmptyState>;
  return (
    <>
      {reason && <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">Chưa lưu được tiến độ lúc này. {reason}</p>}
      <ol className="divide-y divide-stone-200">
        {sheet.items.map(({ commitment, progress }) => {
          const target = formatTarget(commitment.targetKind, commitment.targetValue, commitment.targetUnit, commitment.targetComparator);
          return (
            <li key={commitment.id} className="py-4 first:pt-0 last:pb-0">
              <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
                <div className="max-w-3xl text-sm">
                  <h3 className="font-medium">Cam kết {commitment.number}</h3>
                  <p>{commitment.text}</p>
                  {target && <p className="text-xs text-stone-600">Chỉ tiêu: {target}</p>}
                </div>
                <div className="text-right text-xs text-stone-500">
                  <StatusBadge status={progress?.status ?? "NOT_STARTED"} />
                  <p className="mt-1">{progress ? `Cập nhật ${formatMoment(progress.updatedAt)}` : "Chưa báo cáo"}</p>
                </div>
              </div>
              <ProgressForm agencyId={sheet.agency.id} commitment={commitment} progress={progress} closedReason={reason} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
