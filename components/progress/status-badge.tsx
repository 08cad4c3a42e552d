import { PROGRESS_STATUS_LABELS } from "@/lib/domain/labels";
import type { ProgressStatus } from "@/lib/domain/progress";

/**
 * Colour, icon and words for each status: the icon and label carry the
 * meaning, the colour only repeats it (WCAG 1.4.1). The icons use text
 * presentation (U+FE0E) so they keep the text colour.
 */
export const STATUS_STYLES: Record<ProgressStatus, { icon: string; cell: string; badge: string }> = {
  ACHIEVED: { icon: "✔\uFE0E", cell: "bg-green-50", badge: "border-green-300 bg-green-100 text-green-900" },
  ON_TRACK: { icon: "→", cell: "bg-sky-50", badge: "border-sky-300 bg-sky-100 text-sky-900" },
  AT_RISK: { icon: "⚠\uFE0E", cell: "bg-amber-50", badge: "border-amber-400 bg-amber-100 text-amber-900" },
  NOT_STARTED: { icon: "○", cell: "bg-stone-50", badge: "border-stone-300 bg-stone-100 text-stone-700" },
};

export function StatusBadge({ status }: { status: ProgressStatus }) {
  const s = STATUS_STYLES[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${s.badge}`}>
      <span aria-hidden="true">{s.icon}</span>
      {PROGRESS_STATUS_LABELS[status]}
    </span>
  );
}

/** "✔ 3" with the label for screen readers (the legend explains the icons to sighted users). */
export function StatusCount({ status, count }: { status: ProgressStatus; count: number }) {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap tabular-nums">
      <span aria-hidden="true" className={`rounded border px-1 ${STATUS_STYLES[status].badge}`}>
        {STATUS_STYLES[status].icon}
      </span>
      <span className="sr-only">{PROGRESS_STATUS_LABELS[status]}:</span>
      {count}
    </span>
  );
}
