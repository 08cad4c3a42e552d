import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { formatMoment } from "@/lib/format";
import type { ScoreSheetRow } from "@/lib/server/scoring/find-score-sheets";
import { ScrollTable } from "@/components/ui/scroll-table";

export function ScoreSheetTable({ rows, year }: { rows: ScoreSheetRow[]; year: number }) {
  return (
    <ScrollTable caption={`Tình trạng bảng điểm của các cơ quan năm ${year}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan, đơn vị
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Tình trạng
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Theo bảng tiêu chí
          </th>
          <th scope="col" className="py-2 font-medium">
            Nộp lúc
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agencyId} className="border-b border-stone-100 align-top last:border-0">
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              {r.agencyName}
            </th>
            {r.sheet ? (
              <>
                <td className="py-2 pr-2">{SHEET_STATUS_LABELS[r.sheet.status]}</td>
                <td className="py-2 pr-2">Phiên bản {r.sheet.tableVersion}</td>
                <td className="whitespace-nowrap py-2 tabular-nums">{formatMoment(r.sheet.submittedAt)}</td>
              </>
            ) : (
              <td colSpan={3} className="py-2 text-stone-500">
                Chưa lập bảng điểm
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
