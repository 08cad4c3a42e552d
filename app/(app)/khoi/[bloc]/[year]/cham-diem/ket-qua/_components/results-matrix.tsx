import { formatNumber } from "@/lib/format";
import type { ResultsCriterion, ResultsRow } from "@/lib/domain/results-view";
import { ScrollTable } from "@/components/ui/scroll-table";

/**
 * The cells' styles live once on the table (descendant variants), not on each of the
 * agencies × criteria cells: a full-size bloc has 12 × 65 of them, and each class string and
 * key was sent twice, in the HTML and in the page's RSC payload (docs/benchmarks/pages.md).
 */
const TABLE =
  "text-sm [&_td]:px-2 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_[data-group]]:bg-stone-50 [&_td[data-group]]:font-semibold " +
  "[&_thead_th]:px-2 [&_thead_th]:py-2 [&_thead_th]:text-right [&_thead_th]:font-medium [&_th[data-group]]:text-stone-700 " +
  "[&_abbr]:no-underline [&_thead_span]:block [&_thead_span]:text-xs [&_thead_span]:font-normal " +
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-stone-100 [&_tbody_tr:last-child]:border-0";

/** Marks a group's column; an absent attribute rather than `undefined`, which the payload would spell out. */
const groupColumn = (c: ResultsCriterion) => (c.isGroup ? { "data-group": "" } : {});

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
  // The columns never reorder, so their position is their key (shorter than an id in the payload).
  return (
    <>
      <ScrollTable caption="Ma trận điểm các cơ quan theo tiêu chí" className={TABLE}>
        <thead>
          <tr className="border-b border-stone-200 text-stone-500">
            <th scope="col" className="sticky left-0 bg-white pl-0! pr-3! text-left!">
              Cơ quan
            </th>
            {criteria.map((c, i) => (
              <th key={i} scope="col" {...groupColumn(c)}>
                <abbr title={c.name}>{c.code}</abbr>
                <span>/{formatNumber(c.maxPoints)}</span>
              </th>
            ))}
            <th scope="col">Tổng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.agencyId}>
              <th scope="row" className="sticky left-0 min-w-44 bg-white py-2 pr-3 text-left font-normal">
                {r.agencyName}
              </th>
              {criteria.map((c, i) => (
                <td key={i} {...groupColumn(c)}>
                  {cell(r, c)}
                </td>
              ))}
              <td className="font-semibold">{formatNumber(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="mt-2 text-xs text-stone-500">“—”: chưa chấm; “K/A”: không áp dụng; cột in đậm là điểm của nhóm tiêu chí.</p>
    </>
  );
}
