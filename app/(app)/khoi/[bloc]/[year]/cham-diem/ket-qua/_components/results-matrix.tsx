import { formatNumber } from "@/lib/format";
import type { ResultsCriterion, ResultsRow } from "@/lib/domain/results-view";
import { ScrollTable } from "@/components/ui/scroll-table";

/**
 * Agencies × criteria: one column per criterion in table order, a group's column holds its
 * subtotal. Also the text alternative of the group-score chart.
 */
export function ResultsMatrix({ criteria, rows }: { criteria: ResultsCriterion[]; rows: ResultsRow[] }) {
  const cell = (r: ResultsRow, c: ResultsCriterion) => {
    if (c.isGroup) return formatNumber(r.groups[c.id]);
    const p = r.cells[c.id];
    if (!p || p.status === "MISSING") return "—";
    if (p.status === "NA") return "K/A";
    if (c.type === "GATE") return p.vetoed ? "Vi phạm" : "Không vi phạm";
    return c.type === "PENALTY" && p.points > 0 ? `−${formatNumber(p.points)}` : formatNumber(p.points);
  };
  return (
    <>
      <ScrollTable caption="Ma trận điểm các cơ quan theo tiêu chí" className="text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-stone-500">
            <th scope="col" className="sticky left-0 bg-white py-2 pr-3 text-left font-medium">
              Cơ quan
            </th>
            {criteria.map((c) => (
              <th key={c.id} scope="col" className={`px-2 py-2 text-right font-medium ${c.isGroup ? "bg-stone-50 text-stone-700" : ""}`}>
                <abbr title={c.name} className="no-underline">
                  {c.code}
                </abbr>
                <span className="block text-xs font-normal">/{formatNumber(c.maxPoints)}</span>
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Tổng
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.agencyId} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="sticky left-0 bg-white py-2 pr-3 text-left font-normal">
                {r.agencyName}
              </th>
              {criteria.map((c) => (
                <td key={c.id} className={`px-2 py-2 text-right tabular-nums ${c.isGroup ? "bg-stone-50 font-semibold" : ""}`}>
                  {cell(r, c)}
                </td>
              ))}
              <td className="px-2 py-2 text-right font-semibold tabular-nums">{formatNumber(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="mt-2 text-xs text-stone-500">“—”: chưa chấm; “K/A”: không áp dụng; cột in đậm là điểm của nhóm tiêu chí.</p>
    </>
  );
}
