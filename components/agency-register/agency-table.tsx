import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { RegisterAgencyRow } from "@/lib/server/agency-register/find-agency-register";
import { LineageSummary } from "./lineage-summary";
import { ScrollTable } from "@/components/ui/scroll-table";

/** The register: living agencies first, then those that ended, each with where it came from and went. */
export function AgencyTable({ rows, label }: { rows: RegisterAgencyRow[]; label: string }) {
  if (rows.length === 0) return <EmptyState>Chưa có cơ quan, đơn vị nào trong danh sách của {label}. Hãy thêm cơ quan đầu tiên bên dưới.</EmptyState>;
  return (
    <ScrollTable caption={`Cơ quan, đơn vị của ${label}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan, đơn vị
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Mã
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Loại
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Thành lập
          </th>
          <th scope="col" className="py-2 font-medium">
            Tình trạng
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} className={`border-b border-stone-100 align-top last:border-0 ${a.dissolvedOn ? "text-stone-500" : ""}`}>
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              <Link href={`/quan-tri/co-quan/${a.id}`} className="font-medium text-brand-700 underline">
                {a.name}
              </Link>
              {a.province && <span className="ml-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{a.province}</span>}
              <LineageSummary label="Từ" links={a.predecessors} />
            </th>
            <td className="py-2 pr-2 font-mono text-xs">{a.code}</td>
            <td className="py-2 pr-2">{AGENCY_TYPE_LABELS[a.type] ?? a.type}</td>
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">{a.establishedOn ? formatDay(a.establishedOn) : "—"}</td>
            <td className="py-2">
              {a.dissolvedOn ? `Không còn từ ${formatDay(a.dissolvedOn)}` : "Đang hoạt động"}
              <LineageSummary label="Thành" links={a.successors} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
