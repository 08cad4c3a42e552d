import { EmptyState } from "@/components/ui/card";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { PHASE_KEYS, PHASE_LABELS, phaseState, type PhaseWindow } from "@/lib/domain/cycle-phase";
import { formatDay } from "@/lib/format";

export function PhaseCalendar({ phases, today }: { phases: PhaseWindow[]; today: string }) {
  if (phases.length === 0) return <EmptyState>Chưa đặt lịch các giai đoạn cho năm này.</EmptyState>;
  const ordered = [...phases].sort((a, b) => PHASE_KEYS.indexOf(a.key) - PHASE_KEYS.indexOf(b.key));
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Lịch các giai đoạn trong năm</caption>
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
        {ordered.map((p) => (
          <tr key={p.key} className="border-b border-stone-100 last:border-0">
            <td className="py-2 pr-2">{PHASE_LABELS[p.key]}</td>
            <td className="py-2 pr-2 tabular-nums">{formatDay(p.opensOn)}</td>
            <td className="py-2 pr-2 tabular-nums">
              {formatDay(p.closesOn)}
              {p.reopenedUntil && p.reopenedUntil > p.closesOn && <span className="ml-1 text-amber-700">(mở lại đến {formatDay(p.reopenedUntil)})</span>}
            </td>
            <td className="py-2">
              <PhaseBadge state={phaseState(p, today)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
