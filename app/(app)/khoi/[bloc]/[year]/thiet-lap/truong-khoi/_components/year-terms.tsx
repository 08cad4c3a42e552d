import { EmptyState } from "@/components/ui/card";
import { OFFICER_ROLE_LABELS, SELECTION_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { OfficerTermRow } from "@/lib/server/setup/find-officer-history";
import { DeleteTermForm } from "./delete-term-form";
import { TermForm } from "./term-form";

/** The terms that touch the year; managers edit or delete each one in place. */
export function YearTerms({
  terms,
  year,
  blocId,
  members,
  canManage,
}: {
  terms: OfficerTermRow[];
  year: number;
  blocId: string;
  members: { id: string; name: string }[];
  canManage: boolean;
}) {
  if (terms.length === 0) return <EmptyState>Chưa ghi nhận Trưởng khối, Phó khối cho năm {year}.</EmptyState>;
  return (
    <ul className="divide-y divide-stone-100">
      {terms.map((t) => {
        const label = `${OFFICER_ROLE_LABELS[t.role]} ${t.agencyName} (${formatDay(t.startsOn)} – ${formatDay(t.endsOn)})`;
        return (
          <li key={t.id} className="py-3 text-sm">
            <p className="font-medium">
              {OFFICER_ROLE_LABELS[t.role]}: {t.agencyName}
              {t.personName ? ` — ${t.personName}` : ""}
            </p>
            <p className="text-stone-600">
              Nhiệm kỳ {formatDay(t.startsOn)} – {formatDay(t.endsOn)} · {SELECTION_LABELS[t.method] ?? t.method}
              {t.decisionRef ? ` · ${t.decisionRef}` : ""}
              {t.handoverOn ? ` · Bàn giao cờ luân lưu ${formatDay(t.handoverOn)}` : ""}
            </p>
            {canManage && (
              <div className="mt-2 flex flex-wrap items-start gap-4">
                <details className="min-w-0 flex-1">
                  <summary className="cursor-pointer text-brand-700 underline">Sửa</summary>
                  <div className="mt-2">
                    <TermForm blocId={blocId} year={year} members={members} initial={t} submitText="Lưu nhiệm kỳ" />
                  </div>
                </details>
                <DeleteTermForm id={t.id} label={label} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
