import { LATE_KIND_LABELS, LATE_KINDS } from "@/lib/domain/council-overview/late-items";
import type { OverviewTotals } from "@/lib/domain/council-overview/overview";

/** The council's counts at a glance: blocs, blocs with late items, published results, late items by kind. */
export function OverviewSummary({ totals, year }: { totals: OverviewTotals; year: number }) {
  const figures = [
    [`Khối có năm ${year}`, `${totals.withYear}/${totals.blocs}`],
    ["Khối có việc trễ hạn", String(totals.late)],
    ["Khối đã công bố kết quả", String(totals.published)],
  ];
  const kinds = LATE_KINDS.filter((k) => totals.byKind[k] > 0);
  return (
    <div className="space-y-3">
      <dl className="grid gap-3 sm:grid-cols-3">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`total-${label}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {kinds.length > 0 && (
        <ul aria-label="Việc trễ hạn theo loại" className="flex flex-wrap gap-2 text-sm">
          {kinds.map((k) => (
            <li key={k} className="rounded bg-red-50 px-2 py-1 text-red-900">
              {LATE_KIND_LABELS[k]}: <span className="font-semibold tabular-nums">{totals.byKind[k]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
