import { criterionRangeText } from "@/lib/domain/criterion-range";
import { CRITERION_TYPE_LABELS } from "@/lib/domain/labels";
import { formatNumber } from "@/lib/format";
import type { SheetRow } from "@/lib/server/self-scoring/get-score-sheet";

/** Code, name, type, maximum and the computed points of one criterion row. */
export function RowHeading({ row }: { row: SheetRow }) {
  const range = criterionRangeText(row);
  const points = row.needsBloc ? (
    <span className="text-stone-600">tính theo đơn vị dẫn đầu khi tổng hợp</span>
  ) : row.type === "GROUP" ? null : row.entry?.isNA ? (
    "Không áp dụng"
  ) : row.type === "GATE" ? (
    row.vetoed ? (
      <span className="text-red-700">Có vi phạm</span>
    ) : (
      "Không vi phạm"
    )
  ) : (
    <strong>{formatNumber(Math.round((row.points ?? 0) * 100) / 100)} điểm</strong>
  );
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h3 className={row.type === "GROUP" ? "font-semibold" : "font-medium"}>
        {row.code}. {row.name}
        <span className="ml-2 text-xs font-normal text-stone-500">
          {CRITERION_TYPE_LABELS[row.type] ?? row.type}
          {range && ` · ${range}`}
          {row.evidenceRequired && " · bắt buộc minh chứng"}
        </span>
      </h3>
      <p className="text-sm">{points}</p>
      {row.guidance && <p className="w-full text-xs text-stone-500">{row.guidance}</p>}
      {row.error && <p className="w-full text-sm text-red-700">{row.error}</p>}
    </div>
  );
}
