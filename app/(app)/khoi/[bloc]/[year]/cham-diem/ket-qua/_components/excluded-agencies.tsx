import { Card, EmptyState } from "@/components/ui/card";

/**
 * The members left out of a ranking, each with the reason (lib/domain/ranking-eligibility): on
 * the current results, on the publish page and on a published version.
 */
export function ExcludedAgencies({ excluded, empty, intro }: { excluded: readonly { agencyName: string; reason: string }[]; empty: string; intro?: string }) {
  return (
    <Card title="Cơ quan không được xếp hạng">
      {excluded.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <div className="space-y-2">
          {intro && <p className="text-sm text-stone-600">{intro}</p>}
          <ul aria-label="Cơ quan không được xếp hạng" className="divide-y divide-stone-100 text-sm">
            {excluded.map((e) => (
              <li key={e.agencyName} className="flex flex-wrap gap-x-3 py-2">
                <span className="font-medium">{e.agencyName}</span>
                <span className="text-amber-900">{e.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
