import { formatNumber } from "@/lib/format";
import type { ResultsCriterion, ResultsRow } from "@/lib/domain/results-view";
import { ResultsMatrixGrid, type MatrixColumn, type MatrixRow } from "./results-matrix-grid";

/** What a cell shows: a group's subtotal, a criterion's points, or why there are none. */
function cellText(r: ResultsRow, c: ResultsCriterion): string {
  if (c.isGroup) return formatNumber(r.groups[c.id]);
  const p = r.cells[c.id];
  if (!p || p.status === "MISSING") return "—";
  if (p.status === "NA") return "K/A";
  if (c.type === "GATE") return p.vetoed ? "Vi phạm" : "Không vi phạm";
  return c.type === "PENALTY" && p.points > 0 ? `−${formatNumber(p.points)}` : formatNumber(p.points);
}

/**
 * Agencies × criteria: one column per criterion in table order, a group's column holds its
 * subtotal. Also the text alternative of the group-score chart. The cells are formatted here,
 * on the server, and drawn by ResultsMatrixGrid.
 */
export function ResultsMatrix({ criteria, rows }: { criteria: ResultsCriterion[]; rows: ResultsRow[] }) {
  const columns: MatrixColumn[] = criteria.map((c) => ({ code: c.code, name: c.name, max: formatNumber(c.maxPoints), group: c.isGroup }));
  const grid: MatrixRow[] = rows.map((r) => ({
    key: r.agencyId,
    name: r.agencyName,
    cells: criteria.map((c) => cellText(r, c)),
    total: formatNumber(r.total),
  }));
  return (
    <>
      <ResultsMatrixGrid columns={columns} rows={grid} />
      <p className="mt-2 text-xs text-stone-500">“—”: chưa chấm; “K/A”: không áp dụng; cột in đậm là điểm của nhóm tiêu chí.</p>
    </>
  );
}
