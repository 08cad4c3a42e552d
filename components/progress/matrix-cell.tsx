import { formatProgressValue, isMeasurable, type TargetKind } from "@/lib/domain/progress";
import type { MatrixCellView } from "@/lib/server/progress/find-progress-matrix";
import { StatusBadge, STATUS_STYLES } from "./status-badge";

/** One agency's progress on one commitment: status, value vs target, note and evidence. */
export function MatrixCell({ cell, targetKind }: { cell: MatrixCellView; targetKind: TargetKind }) {
  return (
    <td className={`border border-stone-200 p-2 align-top ${STATUS_STYLES[cell.status].cell}`}>
      <StatusBadge status={cell.status} />
      {!cell.isReported && <p className="mt-1 text-xs text-stone-500">Chưa báo cáo</p>}
      {isMeasurable(targetKind) && cell.value !== null && (
        <p className="mt-1 text-xs">
          Đạt: <span className="font-medium tabular-nums">{formatProgressValue(targetKind, cell.value)}</span>
          {cell.meetsTarget === true && <span className="text-green-800"> · đạt chỉ tiêu</span>}
          {cell.meetsTarget === false && <span className="text-amber-900"> · chưa đạt chỉ tiêu</span>}
        </p>
      )}
      {cell.note && (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-stone-600">Ghi chú</summary>
          <p className="mt-1 whitespace-pre-line">{cell.note}</p>
        </details>
      )}
      {cell.files.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-xs" aria-label="Minh chứng">
          {cell.files.map((f) => (
            <li key={f.id}>
              <a href={`/api/files/${f.id}`} className="text-brand-700 underline">
                <span aria-hidden="true">📎 </span>
                {f.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
