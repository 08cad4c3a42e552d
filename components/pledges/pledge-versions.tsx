import { PLEDGE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatMoment } from "@/lib/format";
import type { PledgeVersionRow } from "@/lib/server/pledges/find-pledges";
import { ScrollTable } from "@/components/ui/scroll-table";

export function PledgeVersions({ versions, year }: { versions: PledgeVersionRow[]; year: number }) {
  return (
    <ScrollTable caption={`Các phiên bản giao ước thi đua năm ${year}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Phiên bản
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Trạng thái
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Khóa lúc
          </th>
          <th scope="col" className="py-2 font-medium">
            Lý do điều chỉnh
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} className="border-b border-stone-100 align-top last:border-0">
            <th scope="row" className="py-2 pr-2 text-left font-normal tabular-nums">
              {v.version}
            </th>
            <td className="py-2 pr-2">{PLEDGE_STATUS_LABELS[v.status]}</td>
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">{formatMoment(v.lockedAt)}</td>
            <td className="py-2 text-stone-600">{v.changeReason ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
