import { formatMoment } from "@/lib/format";
import type { PublicationRow } from "@/lib/server/scoring/find-result-publications";

export function PublicationList({ publications }: { publications: PublicationRow[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {publications.map((p) => (
        <li key={p.id} className="flex flex-wrap gap-x-3">
          <span className="font-medium">Phiên bản {p.version}</span>
          <span className="tabular-nums text-stone-600">công bố {formatMoment(p.publishedAt)}</span>
          {p.reason && <span className="text-stone-600">— {p.reason}</span>}
        </li>
      ))}
    </ul>
  );
}
