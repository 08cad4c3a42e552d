"use client";

import { ScrollTable } from "@/components/ui/scroll-table";

/** A column of the matrix: a criterion, or a group whose column holds the group's subtotal. */
export interface MatrixColumn {
  code: string;
  name: string;
  /** The maximum, already formatted ("2", "0,5"). */
  max: string;
  group: boolean;
}

/** An agency's row: its cells already formatted, one per column in order. */
export interface MatrixRow {
  key: string;
  name: string;
  cells: string[];
  total: string;
}

/**
 * The cells' styles live once on the table (descendant variants), not on each cell: a full-size
 * bloc has 12 × 65 of them.
 */
const TABLE =
  "text-sm [&_td]:px-2 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_[data-group]]:bg-stone-50 [&_td[data-group]]:font-semibold " +
  "[&_thead_th]:px-2 [&_thead_th]:py-2 [&_thead_th]:text-right [&_thead_th]:font-medium [&_th[data-group]]:text-stone-700 " +
  "[&_abbr]:no-underline [&_thead_span]:block [&_thead_span]:text-xs [&_thead_span]:font-normal " +
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-stone-100 [&_tbody_tr:last-child]:border-0";

/** Marks a group's column; an absent attribute rather than `data-group={undefined}`. */
const groupColumn = (c: MatrixColumn) => (c.group ? { "data-group": "" } : {});

/**
 * The agencies × criteria table, drawn from plain strings. It is a client component for the size
 * of the page, not for interaction: a server component's 780 cells travel in the page's RSC
 * payload as 780 elements (`["$","td","5",{"children":"1,5"}]`), a client component's as its
 * props (`"1,5"`). The HTML is the same either way (docs/decisions/0048-large-tables-as-data.md).
 */
export function ResultsMatrixGrid({ columns, rows }: { columns: MatrixColumn[]; rows: MatrixRow[] }) {
  // The columns never reorder, so their position is their key.
  return (
    <ScrollTable caption="Ma trận điểm các cơ quan theo tiêu chí" className={TABLE}>
      <thead>
        <tr className="border-b border-stone-200 text-stone-500">
          <th scope="col" className="sticky left-0 bg-white pl-0! pr-3! text-left!">
            Cơ quan
          </th>
          {columns.map((c, i) => (
            <th key={i} scope="col" {...groupColumn(c)}>
              <abbr title={c.name}>{c.code}</abbr>
              <span>/{c.max}</span>
            </th>
          ))}
          <th scope="col">Tổng</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="sticky left-0 min-w-44 bg-white py-2 pr-3 text-left font-normal">
              {r.name}
            </th>
            {r.cells.map((text, i) => (
              <td key={i} {...groupColumn(columns[i])}>
                {text}
              </td>
            ))}
            <td className="font-semibold">{r.total}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
