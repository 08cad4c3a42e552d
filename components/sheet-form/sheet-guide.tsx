/** The anchor of a row of one agency's sheet (a page may show several agencies' sheets). */
export const rowAnchor = (agencyCode: string, rowCode: string) => `tc-${agencyCode}-${rowCode}`.replace(/[^A-Za-z0-9_.-]/g, "_");

/** A row of a criteria sheet, as the guide needs it. */
interface GuideRow {
  id: string;
  code: string;
  name: string;
  type: string;
  depth: number;
}

/**
 * Links to the top-level groups of the sheet, to jump through a long table (self-scoring,
 * verification and cross-scoring sheets alike: their rows carry rowAnchor ids).
 */
export function GroupJumpList({ rows, agencyCode }: { rows: readonly GuideRow[]; agencyCode: string }) {
  const groups = rows.filter((r) => r.type === "GROUP" && r.depth === 0);
  if (groups.length < 2) return null;
  return (
    <nav aria-label="Đi tới nhóm tiêu chí" className="rounded-lg border border-stone-200 bg-white px-4 py-3">
      <p className="text-sm font-medium">Đi tới nhóm tiêu chí</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {groups.map((g) => (
          <li key={g.id}>
            <a href={`#${rowAnchor(agencyCode, g.code)}`} className="text-brand-700 underline">
              {g.code}. {g.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const FOLD_AFTER = 8;

/**
 * What the sheet still lacks, each line a link to its row: "Còn <n> <what> (theo dữ liệu đã lưu)",
 * or `done` when nothing is left.
 */
export function MissingList({
  missing,
  agencyCode,
  what = "mục cần bổ sung trước khi nộp",
  done = "Bảng đã đủ điều kiện để nộp.",
}: {
  missing: { code: string; line: string }[];
  agencyCode: string;
  what?: string;
  done?: string;
}) {
  if (missing.length === 0) {
    return <p className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">{done}</p>;
  }
  const list = (
    <ul className="mt-1 list-disc pl-5">
      {missing.map((m) => (
        <li key={m.line}>
          <a href={`#${rowAnchor(agencyCode, m.code)}`} className="underline">
            {m.line}
          </a>
        </li>
      ))}
    </ul>
  );
  const title = `Còn ${missing.length} ${what} (theo dữ liệu đã lưu)`;
  return (
    <div className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {missing.length <= FOLD_AFTER ? (
        <>
          <p className="font-medium">{title}:</p>
          {list}
        </>
      ) : (
        // A long list folds: it would push the sheet itself a screen down.
        <details>
          <summary className="cursor-pointer font-medium">{title}: xem danh sách</summary>
          {list}
        </details>
      )}
    </div>
  );
}
