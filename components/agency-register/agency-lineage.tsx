import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { AGENCY_CHANGE_KIND_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { LineageEntry } from "@/lib/server/agency-register/get-register-agency";
import { ScrollTable } from "@/components/ui/scroll-table";

/** Where the agency came from and what it became, oldest first. */
export function AgencyLineage({ rows, name }: { rows: LineageEntry[]; name: string }) {
  if (rows.length === 0) return <EmptyState>Chưa ghi nhận hợp nhất, chia tách, đổi tên hay giải thể nào liên quan đến {name}.</EmptyState>;
  return (
    <ScrollTable caption={`Quá trình sắp xếp của ${name}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Hiệu lực từ
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Hình thức
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Liên quan
          </th>
          <th scope="col" className="py-2 font-medium">
            Quyết định
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.id}-${r.direction}`} className="border-b border-stone-100 align-top last:border-0">
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">{formatDay(r.effectiveOn)}</td>
            <td className="py-2 pr-2">{AGENCY_CHANGE_KIND_LABELS[r.kind] ?? r.kind}</td>
            <td className="py-2 pr-2">
              {r.agencyId && r.agencyName ? (
                <>
                  <span className="text-stone-500">{r.direction === "from" ? "Từ " : "Thành "}</span>
                  <Link href={`/quan-tri/co-quan/${r.agencyId}`} className="text-brand-700 underline">
                    {r.agencyName}
                  </Link>
                </>
              ) : (
                <span className="text-stone-500">Không có cơ quan kế thừa</span>
              )}
            </td>
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
