import { rowAnchor } from "./sheet-guide";

interface SheetRow {
  id: string;
  code: string;
  depth: number;
  type: string;
}

/**
 * The criteria of a sheet in table order, indented by depth, each with the anchor the jump list
 * and the "what is left" list link to; group rows as headings, the others as cards. The
 * self-scoring, verification and cross-scoring sheets list their rows through this one list.
 */
export function SheetRows<R extends SheetRow>({
  label,
  agencyCode,
  rows,
  children,
}: {
  label: string;
  agencyCode: string;
  rows: readonly R[];
  children: (row: R) => React.ReactNode;
}) {
  return (
    <ol className="space-y-3" aria-label={label}>
      {rows.map((row) => (
        <li
          key={row.id}
          id={rowAnchor(agencyCode, row.code)}
          style={{ marginLeft: `${row.depth * 1.25}rem` }}
          className={`scroll-mt-4 ${row.type === "GROUP" ? "pt-2" : "rounded-lg border border-stone-200 bg-white p-4"}`}
        >
          {children(row)}
        </li>
      ))}
    </ol>
  );
}
