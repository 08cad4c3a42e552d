import { AGENCY_CHANGE_KIND_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { LineageLink } from "@/lib/server/agency-register/find-agency-register";

/** "Từ: A, B (hợp nhất, sáp nhập, 01/03/2025)" — one line per change, for the register table. */
export function LineageSummary({ label, links }: { label: string; links: LineageLink[] }) {
  if (links.length === 0) return null;
  const groups = new Map<string, { kind: string; effectiveOn: string; names: string[] }>();
  for (const l of links) {
    const key = `${l.kind}|${l.effectiveOn}`;
    const g = groups.get(key) ?? { kind: l.kind, effectiveOn: l.effectiveOn, names: [] };
    if (l.agencyName) g.names.push(l.agencyName);
    groups.set(key, g);
  }
  return (
    <>
      {[...groups.values()].map((g) => (
        <p key={`${g.kind}${g.effectiveOn}`} className="text-xs text-stone-500">
          {g.names.length > 0
            ? `${label}: ${g.names.join(", ")} (${kindLabel(g.kind).toLowerCase()}, ${formatDay(g.effectiveOn)})`
            : `${kindLabel(g.kind)} từ ${formatDay(g.effectiveOn)}`}
        </p>
      ))}
    </>
  );
}

const kindLabel = (kind: string) => AGENCY_CHANGE_KIND_LABELS[kind] ?? kind;
