import type { AwardFormRule, EligibilityMatrix } from "@/lib/domain/awards";
import { ScrollTable } from "@/components/ui/scroll-table";

/**
 * Agencies (rows, in ranking order) × award forms (columns). Each cell says "✓ Đủ điều kiện" or
 * "✗ Chưa đủ điều kiện" in words, followed by every reason — never colour alone.
 */
export function EligibilityMatrixTable({ forms, matrix, year }: { forms: AwardFormRule[]; matrix: EligibilityMatrix; year: number }) {
  return (
    <ScrollTable caption={`Điều kiện khen thưởng của từng cơ quan năm ${year}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="min-w-44 py-2 pr-2 font-medium">
            Cơ quan
          </th>
          {forms.map((f) => (
            <th key={f.id} scope="col" className="min-w-48 py-2 pr-2 font-medium">
              {f.name}
              {matrix.eligibleCount[f.id] !== undefined && <p className="text-xs font-normal">{matrix.eligibleCount[f.id]} cơ quan đủ điều kiện</p>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.agencyId} className="border-b border-stone-100 align-top last:border-0">
            <th scope="row" className="min-w-44 py-2 pr-2 text-left align-top font-normal">
              {row.name}
            </th>
            {forms.map((f) => {
              const e = row.byForm[f.id];
              if (!e)
                return (
                  <td key={f.id} className="py-2 pr-2">
                    —
                  </td>
                );
              return (
                <td key={f.id} className="py-2 pr-2" data-testid={`eligibility-${row.agencyId}-${f.code}`}>
                  {e.eligible ? (
                    <span className="font-medium text-green-800">✓ Đủ điều kiện</span>
                  ) : (
                    <span className="font-medium text-red-800">✗ Chưa đủ điều kiện</span>
                  )}
                  {e.reasons.length > 0 && (
                    <ul className="mt-1 list-disc space-y-0.5 pl-4 text-xs text-stone-700">
                      {e.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  )}
                  {e.notes.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-xs text-stone-500">
                      {e.notes.map((n) => (
                        <li key={n}>Lưu ý: {n}</li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
