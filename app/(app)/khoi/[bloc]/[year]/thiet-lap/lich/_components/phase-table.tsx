import { EmptyState } from "@/components/ui/card";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { PHASE_LABELS, phaseState } from "@/lib/domain/cycle-phase";
import { formatDay } from "@/lib/format";
import type { CyclePhaseRow } from "@/lib/server/cycles/find-cycle-settings";
import { ReopenForm } from "./reopen-form";

/** The year's phases with their state today, any reopening and its reason; the chair's reopen form on closed phases. */
export function PhaseTable({ phases, today, canReopen }: { phases: CyclePhaseRow[]; today: string; canReopen: boolean }) {
  if (phases.length === 0) return <EmptyState>Chưa đặt lịch các giai đoạn cho năm này.</EmptyState>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Các giai đoạn trong năm và trạng thái hôm nay</caption>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Giai đoạn
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Từ ngày
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Đến ngày
          </th>
          <th scope="col" className="py-2 font-medium">
            Trạng thái
          </th>
        </tr>
      </thead>
      <tbody>
        {phases.map((p) => {
          const state = phaseState(p, today);
          // A reopening that ended before the (later moved) closing day no longer says anything.
          const hasReopening = !!p.reopenedUntil && p.reopenedUntil > p.closesOn;
          return (
            <tr key={p.key} className="border-b border-stone-100 align-top last:border-0" data-testid={`phase-${p.key}`}>
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                {PHASE_LABELS[p.key]}
              </th>
              <td className="py-2 pr-2 tabular-nums">{formatDay(p.opensOn)}</td>
              <td className="py-2 pr-2 tabular-nums">{formatDay(p.closesOn)}</td>
              <td className="py-2">
                <PhaseBadge state={state} />
                {hasReopening && (
                  <div className="mt-1 text-amber-800">
                    <p>Mở lại đến {formatDay(p.reopenedUntil)}</p>
                    {p.reopenReason && <p className="text-stone-600">Lý do: {p.reopenReason}</p>}
                  </div>
                )}
                {canReopen && state === "CLOSED" && <ReopenForm phaseId={p.id} label={PHASE_LABELS[p.key]} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
