import { Card, EmptyState } from "@/components/ui/card";
import { LATE_STEP_LABELS, lateLineLabel, type LateStep } from "@/lib/domain/late-submission";
import type { ActionState } from "@/lib/forms/action-state";
import { formatDay, formatNumber } from "@/lib/format";
import type { DeadlineOverridesView } from "@/lib/server/deadlines/find-deadline-overrides";
import { OverrideForms } from "./override-forms";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Late submission of one step on the page where it is reviewed (docs/decisions/0042-late-submission.md):
 * the year's rule, who came late (days, deduction), who got an extension or a waiver and why; the
 * chair's forms. Every change is also in the audit log.
 */
export function DeadlineOverrides({ view, extendAction, waiveAction }: { view: DeadlineOverridesView; extendAction: Action; waiveAction: Action }) {
  const stepLabel = LATE_STEP_LABELS[view.step as LateStep];
  return (
    <Card title={`Nộp muộn, gia hạn — ${stepLabel}`}>
      <div className="space-y-4" data-testid="deadline-overrides">
        <p className="text-sm text-stone-700">Quy tắc của năm: {view.rule}.</p>
        {view.listed.length === 0 ? (
          <EmptyState>Chưa có cơ quan nào nộp muộn, được gia hạn hay miễn trừ ở bước này.</EmptyState>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Cơ quan nộp muộn, được gia hạn hoặc miễn trừ điểm</caption>
            <thead>
              <tr className="border-b border-stone-200 text-left text-stone-500">
                <th scope="col" className="py-2 pr-2 font-medium">
                  Cơ quan
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Nộp muộn
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Gia hạn
                </th>
                <th scope="col" className="py-2 font-medium">
                  Miễn trừ điểm
                </th>
              </tr>
            </thead>
            <tbody>
              {view.listed.map((a) => (
                <tr key={a.agencyId} className="border-b border-stone-100 align-top last:border-0">
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    {a.agencyName}
                  </th>
                  <td className="py-2 pr-2">
                    {a.late ? (
                      <>
                        {lateLineLabel(a.late.daysLate)}: {a.waived ? "không trừ (đã miễn trừ)" : `−${formatNumber(a.late.points)} điểm`}
                        <span className="block text-xs text-stone-600">nộp ngày {formatDay(a.late.submittedOn)}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="py-2 pr-2">
                    {a.extendedUntil ? (
                      <>
                        đến {formatDay(a.extendedUntil)}
                        <span className="block text-xs text-stone-600">Lý do: {a.extensionReason}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="py-2">{a.waived ? <span className="text-xs text-stone-700">Lý do: {a.waiverReason}</span> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {view.canManage && (
          <OverrideForms
            cycleId={view.cycleId}
            step={view.step}
            stepLabel={stepLabel}
            agencies={view.agencies}
            extendAction={extendAction}
            waiveAction={waiveAction}
          />
        )}
      </div>
    </Card>
  );
}
