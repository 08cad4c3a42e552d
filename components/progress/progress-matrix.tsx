import { formatTarget, STATUS_DISPLAY_ORDER } from "@/lib/domain/progress";
import type { ProgressMatrix as Matrix } from "@/lib/server/progress/find-progress-matrix";
import { MatrixCell } from "./matrix-cell";
import { StatusCount } from "./status-badge";
import { ScrollTable } from "@/components/ui/scroll-table";

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Member agencies × commitments, with counts per commitment (footer) and shares per agency (last columns). */
export function ProgressMatrix({ matrix, year }: { matrix: Matrix; year: number }) {
  const n = matrix.commitments.length;
  return (
    <ScrollTable caption={`Tiến độ thực hiện giao ước năm ${year} của các cơ quan, theo từng cam kết`} className="min-w-full border-collapse text-sm">
      <thead>
        <tr className="bg-stone-100 text-left align-bottom">
          <th scope="col" className="sticky left-0 z-10 min-w-48 border border-stone-200 bg-stone-100 p-2 font-medium">
            Cơ quan
          </th>
          {matrix.commitments.map((c) => {
            const target = formatTarget(c.targetKind, c.targetValue, c.targetUnit, c.targetComparator);
            return (
              <th key={c.id} scope="col" className="min-w-40 border border-stone-200 p-2 font-medium">
                <a href={`#cam-ket-${c.number}`} className="underline decoration-dotted">
                  Cam kết {c.number}
                </a>
                {target && <span className="block text-xs font-normal text-stone-600">Chỉ tiêu: {target}</span>}
              </th>
            );
          })}
          <th scope="col" className="border border-stone-200 p-2 font-medium">
            Đã đạt
          </th>
          <th scope="col" className="border border-stone-200 p-2 font-medium">
            Đúng tiến độ
          </th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.agencyId}>
            <th scope="row" className="sticky left-0 z-10 border border-stone-200 bg-white p-2 text-left align-top font-normal">
              {row.agencyName}
            </th>
            {row.cells.map((cell, j) => (
              <MatrixCell key={matrix.commitments[j]!.id} cell={cell} targetKind={matrix.commitments[j]!.targetKind} />
            ))}
            <td className="whitespace-nowrap border border-stone-200 p-2 align-top tabular-nums">
              {row.counts.ACHIEVED}/{n} ({percent(row.achievedShare)})
            </td>
            <td className="whitespace-nowrap border border-stone-200 p-2 align-top tabular-nums">
              {row.counts.ON_TRACK}/{n} ({percent(row.onTrackShare)})
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="bg-stone-50">
          <th scope="row" className="sticky left-0 z-10 border border-stone-200 bg-stone-50 p-2 text-left align-top font-medium">
            Tổng hợp theo cam kết
          </th>
          {matrix.byCommitment.map((counts, j) => (
            <td key={matrix.commitments[j]!.id} className="border border-stone-200 p-2 align-top text-xs">
              <ul className="flex flex-wrap gap-x-2 gap-y-1">
                {STATUS_DISPLAY_ORDER.map((s) => (
                  <li key={s}>
                    <StatusCount status={s} count={counts[s]} />
                  </li>
                ))}
              </ul>
            </td>
          ))}
          <td colSpan={2} className="border border-stone-200 p-2" />
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
