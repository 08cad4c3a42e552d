import { TABLE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatMoment, formatNumber } from "@/lib/format";
import type { CriteriaTableRow } from "@/lib/server/scoring/find-criteria-tables";
import { ScrollTable } from "@/components/ui/scroll-table";

export function CriteriaTableVersions({ tables, year }: { tables: CriteriaTableRow[]; year: number }) {
  return (
    <ScrollTable caption={`Các phiên bản bảng tiêu chí năm ${year}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Phiên bản
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Tên bảng tiêu chí
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Thang điểm
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Điểm thưởng tối đa
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Trạng thái
          </th>
          <th scope="col" className="py-2 font-medium">
            Khóa lúc
          </th>
        </tr>
      </thead>
      <tbody>
        {tables.map((t) => (
          <tr key={t.id} className="border-b border-stone-100 align-top last:border-0">
            <th scope="row" className="py-2 pr-2 text-left font-normal tabular-nums">
              {t.version}
            </th>
            <td className="py-2 pr-2">
              {t.title}
              {t.changeReason && <p className="mt-0.5 text-xs text-stone-500">Lý do điều chỉnh: {t.changeReason}</p>}
            </td>
            <td className="py-2 pr-2 text-right tabular-nums">{formatNumber(t.scale)}</td>
            <td className="py-2 pr-2 text-right tabular-nums">{formatNumber(t.bonusCap)}</td>
            <td className="py-2 pr-2">{TABLE_STATUS_LABELS[t.status]}</td>
            <td className="whitespace-nowrap py-2 tabular-nums">{formatMoment(t.lockedAt)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
