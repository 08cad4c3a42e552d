import { hasValue } from "@/lib/domain/self-scoring";
import { formatNumber } from "@/lib/format";
import type { SheetRow } from "@/lib/server/self-scoring/get-score-sheet";

/** A quantity as words: "không có" when the agency left it empty. */
export const quantityText = (n: number | null | undefined) => (n === null || n === undefined ? "không có" : formatNumber(n));

/** What the agency entered for one criterion, in words. */
export function enteredText(row: SheetRow): string {
  const e = row.entry;
  if (!hasValue(row.type, e)) return "Chưa chấm";
  if (e!.isNA) return "Không áp dụng";
  switch (row.type) {
    case "GRADED": {
      const level = row.levels.find((l) => l.order === e!.selfInput);
      return level ? `${level.label} (${formatNumber(level.points)} điểm)` : `Mức ${e!.selfInput}`;
    }
    case "YES_NO":
      return e!.selfInput === 1 ? "Có" : "Không";
    case "QUANTITATIVE":
      return `Kết quả ${quantityText(e!.actual)} / chỉ tiêu ${quantityText(e!.target)}`;
    case "GATE":
      return e!.selfInput === 1 ? "Có vi phạm" : "Không vi phạm";
    default:
      return formatNumber(e!.selfInput!);
  }
}

/**
 * A read-only row (a submitted sheet, another agency's, a closed phase) as text rather than as
 * disabled fields: easier to read, and a 60-row sheet's page is a third of the size
 * (docs/benchmarks/pages.md).
 */
export function EntrySummary({ row }: { row: SheetRow }) {
  const explanation = row.entry?.explanation;
  return (
    <dl className="space-y-1 text-sm" data-testid="entry-summary">
      <div className="flex flex-wrap gap-x-2">
        <dt className="text-stone-500">Tự chấm:</dt>
        <dd className="font-medium">{enteredText(row)}</dd>
      </div>
      {explanation && (
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-stone-500">Giải trình:</dt>
          <dd className="whitespace-pre-line">{explanation}</dd>
        </div>
      )}
    </dl>
  );
}
