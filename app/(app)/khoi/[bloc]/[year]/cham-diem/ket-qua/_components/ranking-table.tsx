import { formatNumber } from "@/lib/format";
import type { ResultsRow } from "@/lib/domain/results-view";
import { ScrollTable } from "@/components/ui/scroll-table";

/** The ranking with totals and bands; also the text alternative of the totals chart. */
export function RankingTable({ rows, year }: { rows: ResultsRow[]; year: number }) {
  return (
    <ScrollTable caption={`Bảng xếp hạng thi đua năm ${year}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Xếp hạng
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Điểm cơ bản
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Điểm thưởng
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Điểm trừ
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Tổng điểm
          </th>
          <th scope="col" className="py-2 font-medium">
            Xếp loại
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agencyId} className="border-b border-stone-100 align-top last:border-0">
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">
              {r.rank}
              {r.label && <span className="ml-1 font-semibold text-amber-800">({r.label})</span>}
              {r.tieBreakNote && <span className="mt-1 block max-w-48 whitespace-normal text-xs text-stone-600">{r.tieBreakNote}</span>}
            </td>
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              {r.agencyName}
              {r.missingCount > 0 && <span className="block text-xs text-stone-500">Còn {r.missingCount} tiêu chí chưa chấm</span>}
            </th>
            <td className="py-2 pr-2 text-right tabular-nums">{formatNumber(r.base)}</td>
            <td className="py-2 pr-2 text-right tabular-nums">{formatNumber(r.bonus)}</td>
            <td className="py-2 pr-2 text-right tabular-nums">
              {r.penalty > 0 ? `−${formatNumber(r.penalty)}` : formatNumber(0)}
              {/* Deductions outside the criteria table (late submissions, docs/decisions/0042-late-submission.md), part of the figure above. */}
              {r.deductions?.map((d) => (
                <span key={d.reason} className="mt-1 block max-w-56 whitespace-normal text-left text-xs text-red-800" data-testid="late-deduction">
                  {d.label}: −{formatNumber(d.points)} <span className="text-stone-600">({d.reason})</span>
                </span>
              ))}
            </td>
            <td className="py-2 pr-2 text-right font-semibold tabular-nums">{formatNumber(r.total)}</td>
            <td className="py-2">
              {r.bandLabel ?? "—"}
              {r.bandReason && <span className="mt-1 block text-xs text-stone-600">{r.bandReason}</span>}
              {r.vetoed && <span className="mt-1 block text-xs font-medium text-red-700">Không đủ điều kiện khen thưởng</span>}
              {r.needsRunoff && <span className="mt-1 block text-xs font-medium text-amber-800">Cần bỏ phiếu phân hạng</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
