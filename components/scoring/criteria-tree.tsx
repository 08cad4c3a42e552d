import { EmptyState } from "@/components/ui/card";
import { CRITERION_TYPE_LABELS } from "@/lib/domain/labels";
import { formatNumber } from "@/lib/format";
import type { CriterionRow } from "@/lib/server/scoring/find-criteria-tables";
import { ScrollTable } from "@/components/ui/scroll-table";

/** The criteria tree as an indented table; a group's row is bold. */
export function CriteriaTree({ criteria, version }: { criteria: CriterionRow[]; version: number }) {
  if (criteria.length === 0) return <EmptyState>Bảng tiêu chí phiên bản {version} chưa có tiêu chí nào.</EmptyState>;
  return (
    <ScrollTable caption={`Tiêu chí của bảng tiêu chí phiên bản ${version}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Mã
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Tiêu chí
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Loại
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Điểm tối đa
          </th>
          <th scope="col" className="py-2 font-medium">
            Minh chứng
          </th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => {
          const isGroup = c.type === "GROUP";
          return (
            <tr key={c.id} className={`border-b border-stone-100 align-top last:border-0 ${isGroup ? "bg-stone-50 font-semibold" : ""}`}>
              <td className="whitespace-nowrap py-2 pr-2 tabular-nums">{c.code}</td>
              <th scope="row" className={`py-2 pr-2 text-left ${isGroup ? "font-semibold" : "font-normal"}`} style={{ paddingLeft: `${c.depth * 1.25}rem` }}>
                {c.name}
              </th>
              <td className="py-2 pr-2 font-normal">{CRITERION_TYPE_LABELS[c.type] ?? c.type}</td>
              <td className="py-2 pr-2 text-right tabular-nums">{formatNumber(c.maxPoints)}</td>
              <td className="py-2 font-normal">{c.evidenceRequired ? "Bắt buộc" : "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
