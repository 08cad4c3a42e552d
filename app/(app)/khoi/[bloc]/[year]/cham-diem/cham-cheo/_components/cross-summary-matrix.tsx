import { EmptyState } from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import type { CrossSummary } from "@/lib/server/cross-scoring/get-cross-summary";
import { ScrollTable } from "@/components/ui/scroll-table";

const METHOD = { MEAN: "trung bình", TRIMMED_MEAN: "trung bình đã bỏ cao nhất, thấp nhất", NONE: "chưa có điểm" } as const;

/**
 * Targets × criteria: the cross-scored value (submitted scorers only), the spread below it;
 * flagged cells (spread above the threshold) are highlighted and say so in words.
 */
export function CrossSummaryMatrix({ summary }: { summary: CrossSummary }) {
  if (!summary.table) return <EmptyState>Bảng tiêu chí của năm chưa được khóa.</EmptyState>;
  if (summary.rows.length === 0) return <EmptyState>Khối chưa có cơ quan thành viên trong năm này.</EmptyState>;
  const threshold = summary.options.spreadThreshold;
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-600">
        Mỗi ô: điểm chấm chéo (trung bình; bỏ điểm cao nhất và thấp nhất khi có từ {summary.options.trimFrom} cơ quan chấm), dưới là độ chênh lệch (cao nhất −
        thấp nhất). {threshold === null ? "Chưa đặt ngưỡng cảnh báo chênh lệch." : `Ô tô màu: chênh lệch trên ${formatNumber(threshold)} điểm.`} Chỉ tính các cơ
        quan đã nộp.
      </p>
      <ScrollTable caption="Tổng hợp điểm chấm chéo theo cơ quan và tiêu chí" className="min-w-full text-sm" testId="cross-summary">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th scope="col" className="py-2 pr-3">
              Cơ quan
            </th>
            <th scope="col" className="pr-3">
              Đã nộp
            </th>
            {summary.criteria.map((c) => (
              <th key={c.id} scope="col" className="pr-3" title={c.name}>
                {c.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.agencyId} className="border-b border-stone-100 align-top last:border-0">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {r.agencyName}
              </th>
              <td className="pr-3">
                {r.submittedScorers}/{summary.scorersPerTarget}
              </td>
              {r.hidden ? (
                <td colSpan={summary.criteria.length} className="py-2 text-stone-500">
                  Hiện sau khi cơ quan của bạn nộp điểm chấm chéo cho cơ quan này.
                </td>
              ) : (
                summary.criteria.map((c) => {
                  const cell = r.cells[c.id];
                  if (!cell || cell.value === null)
                    return (
                      <td key={c.id} className="pr-3 text-stone-500">
                        —
                      </td>
                    );
                  return (
                    <td
                      key={c.id}
                      className={`pr-3 py-1 ${cell.flagged ? "bg-amber-100 font-semibold text-amber-900" : ""}`}
                      data-flagged={cell.flagged ? "true" : undefined}
                      title={`${METHOD[cell.method]}, ${cell.scorerCount} cơ quan chấm`}
                    >
                      <div>{formatNumber(Math.round(cell.value * 100) / 100)}</div>
                      <div className="text-xs text-stone-500">
                        ± {formatNumber(Math.round(cell.spread * 100) / 100)}
                        {cell.flagged && <span> · chênh lệch lớn</span>}
                      </div>
                    </td>
                  );
                })
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
