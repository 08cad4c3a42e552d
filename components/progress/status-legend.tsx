import { STATUS_DISPLAY_ORDER } from "@/lib/domain/progress";
import { StatusBadge } from "./status-badge";

export function StatusLegend() {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600">Chú giải:</span>
      <ul className="flex flex-wrap gap-2">
        {STATUS_DISPLAY_ORDER.map((s) => (
          <li key={s}>
            <StatusBadge status={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}
