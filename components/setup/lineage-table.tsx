import { EmptyState } from "@/components/ui/card";
import { AGENCY_CHANGE_KIND_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { LineageRow } from "@/lib/server/setup/find-agency-lineage";
import { ScrollTable } from "@/components/ui/scroll-table";

export function LineageTable({ rows, year }: { rows: LineageRow[]; year: number }) {
  if (rows.length === 0) {
    return <EmptyState>Không có hợp nhất, chia tách, đổi tên nào liên quan đến các cơ quan thành viên năm {year}.</EmptyState>;
  }
  return (
    <ScrollTable caption="Thay đổi tổ chức của các cơ quan thành viên">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan trước
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan sau
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Hình thức
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Hiệu lực từ
          </th>
          <th scope="col" className="py-2 font-medium">
            Quyết định
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-stone-100 align-top last:border-0">
            <td className="py-2 pr-2">{r.predecessorName}</td>
            <td className="py-2 pr-2">
              <span aria-hidden="true" className="mr-1 text-stone-500">
                →
              </span>
              {r.successorName ?? "—"}
            </td>
            <td className="py-2 pr-2">{AGENCY_CHANGE_KIND_LABELS[r.kind] ?? r.kind}</td>
            <td className="py-2 pr-2 tabular-nums">{formatDay(r.effectiveOn)}</td>
            <td className="py-2 text-stone-600">
              {r.decisionRef ?? "—"}
              {r.note && <p className="mt-1 text-xs text-stone-500">{r.note}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
