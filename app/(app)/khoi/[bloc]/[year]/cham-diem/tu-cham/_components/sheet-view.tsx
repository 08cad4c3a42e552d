import { EntryFiles } from "@/components/self-scoring/entry-files";
import { RowHeading } from "@/components/self-scoring/row-heading";
import { SheetTotals } from "@/components/self-scoring/sheet-totals";
import { VerifiedValues } from "@/components/self-scoring/verified-values";
import { Card, EmptyState } from "@/components/ui/card";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { ScoreSheetView } from "@/lib/server/self-scoring/get-score-sheet";
import type { SheetVerification } from "@/lib/server/verification/get-sheet-verification";
import { EntryRowForm } from "./entry-row-form";
import { SubmitSheetForm } from "./submit-sheet-form";

/**
 * One agency's self-scoring sheet: editable rows for its own officer and leader, read-only
 * otherwise. With `verification`: the verifiers' reason when they returned the sheet, and self /
 * verified / final side by side once any entry is verified.
 */
export function SheetView({ view, year, verification }: { view: ScoreSheetView; year: number; verification?: SheetVerification | null }) {
  if (!view.table) return <EmptyState>Bảng tiêu chí năm {year} chưa được khóa.</EmptyState>;
  const status = view.sheet?.status ?? "DRAFT";
  const readOnly = !view.canEdit || !view.phase.open;
  return (
    <div className="space-y-5">
      <Card title={`Bảng tự chấm — ${view.agency.name}`}>
        <p className="text-sm">
          {view.table.title} (phiên bản {view.table.version}) · Trạng thái: <strong>{SHEET_STATUS_LABELS[status] ?? status}</strong>
          {view.sheet?.submittedAt && <> · nộp ngày {formatDay(view.sheet.submittedAt)}</>}
        </p>
        {verification?.returnReason && (
          <div role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="return-reason">
            <p className="font-semibold">Bảng điểm đã bị trả lại để sửa và nộp lại.</p>
            <p>Lý do: {verification.returnReason}</p>
          </div>
        )}
        {!view.phase.open && view.canEdit && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.phase.reason}</p>}
        <div className="mt-3">
          <SheetTotals totals={view.totals} />
        </div>
      </Card>

      <ol className="space-y-3" aria-label="Tiêu chí chấm điểm">
        {view.rows.map((row) => (
          <li
            key={row.id}
            style={{ marginLeft: `${row.depth * 1.25}rem` }}
            className={row.type === "GROUP" ? "pt-2" : "rounded-lg border border-stone-200 bg-white p-4"}
          >
            <RowHeading row={row} />
            {row.type !== "GROUP" && (
              <div className="mt-2 space-y-2">
                <EntryRowForm row={row} agencyId={view.agency.id} version={view.sheet?.version ?? 0} readOnly={readOnly} />
                <EntryFiles files={row.entry?.files ?? []} />
                {verification?.anyVerified && <VerifiedValues row={row} v={verification.entries[row.id]} />}
              </div>
            )}
          </li>
        ))}
      </ol>

      {view.canSubmit && view.phase.open && view.sheet && (
        <Card title="Nộp bảng tự chấm">
          {view.missing.length > 0 && (
            <div className="mb-3 text-sm">
              <p>Còn thiếu trước khi nộp:</p>
              <ul className="list-disc pl-5 text-stone-700">
                {view.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          <SubmitSheetForm sheetId={view.sheet.id} version={view.sheet.version} />
        </Card>
      )}
    </div>
  );
}
