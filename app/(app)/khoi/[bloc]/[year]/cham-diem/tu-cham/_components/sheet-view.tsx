import { SheetRows } from "@/components/sheet-form/sheet-rows";
import { ActivityProposal } from "@/components/self-scoring/activity-proposal";
import { EntryFiles } from "@/components/self-scoring/entry-files";
import { EntrySummary } from "@/components/self-scoring/entry-summary";
import { entryRow } from "@/components/self-scoring/entry-inputs";
import { RowHeading } from "@/components/self-scoring/row-heading";
import { SheetTotals } from "@/components/self-scoring/sheet-totals";
import { VerifiedValues } from "@/components/self-scoring/verified-values";
import { Card, EmptyState } from "@/components/ui/card";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { hasValue, scorableRows } from "@/lib/domain/self-scoring";
import { formatDay, formatNumber } from "@/lib/format";
import { lateLineLabel } from "@/lib/domain/late-submission";
import type { ScoreSheetView } from "@/lib/server/self-scoring/get-score-sheet";
import type { SheetVerification } from "@/lib/server/verification/get-sheet-verification";
import { RowFields } from "./row-fields";
import { GroupJumpList, MissingList } from "@/components/sheet-form/sheet-guide";
import { SheetForm } from "./sheet-form";
import { SubmitSheetForm } from "./submit-sheet-form";

/**
 * One agency's self-scoring sheet. For its own officer and leader while the phase is open, every
 * row is one form (sheet-form.tsx) with the list of what is missing at the top and the submission
 * at the bottom; read-only otherwise. With `verification`: the verifiers' reason when they
 * returned the sheet, and self / verified / final side by side once any entry is verified. The sheet
 * downloads as a .docx for the agency's head to sign.
 */
export function SheetView({
  view,
  year,
  verification,
  docxBase,
}: {
  view: ScoreSheetView;
  year: number;
  verification?: SheetVerification | null;
  /** "/api/khoi/<bloc>/<year>/tu-cham": the sheet to sign is at <docxBase>/<agency code>/docx, its evidence upload at …/minh-chung. */
  docxBase: string;
}) {
  if (!view.table) return <EmptyState>Bảng tiêu chí năm {year} chưa được khóa.</EmptyState>;
  const status = view.sheet?.status ?? "DRAFT";
  const editable = view.canEdit && view.phase.open;
  const agencyCode = view.agency.code;
  const scorable = scorableRows(view.rows);
  const scorableIds = new Set(scorable.map((r) => r.id));

  const rows = (
    <SheetRows label="Tiêu chí chấm điểm" agencyCode={agencyCode} rows={view.rows}>
      {(row) => (
        <>
          <RowHeading row={row} />
          {row.type !== "GROUP" && (
            <div className="mt-2 space-y-2">
              {editable && row.proposal && <ActivityProposal proposal={row.proposal} />}
              {editable ? <RowFields row={entryRow(row)} /> : <EntrySummary row={row} />}
              <EntryFiles files={row.entry?.files ?? []} />
              {verification?.anyVerified && <VerifiedValues row={row} v={verification.entries[row.id]} />}
            </div>
          )}
        </>
      )}
    </SheetRows>
  );
  const submission = view.canSubmit && view.phase.open && view.sheet && (
    <Card title="Nộp bảng tự chấm">
      <div className="space-y-3">
        <MissingList missing={view.missing} agencyCode={agencyCode} />
        <SubmitSheetForm sheetId={view.sheet.id} version={view.sheet.version} lateWarning={view.phase.lateWarning} />
      </div>
    </Card>
  );

  return (
    <div className="space-y-5">
      <Card title={`Bảng tự chấm — ${view.agency.name}`}>
        <p className="text-sm">
          {view.table.title} (phiên bản {view.table.version}) · Trạng thái: <strong>{SHEET_STATUS_LABELS[status] ?? status}</strong>
          {view.sheet?.submittedAt && <> · nộp ngày {formatDay(view.sheet.submittedAt)}</>} ·{" "}
          <a href={`${docxBase}/${encodeURIComponent(agencyCode)}/docx`} className="text-brand-700 underline" download>
            Tải .docx
          </a>
        </p>
        {status === "SUBMITTED" && view.sheet?.submittedAt && (
          <p role="status" className="mt-2 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="submitted-banner">
            Đã nộp bảng tự chấm ngày {formatDay(view.sheet.submittedAt)}. Bảng đang chờ thẩm định; điểm thẩm định sẽ hiện ở từng tiêu chí.
          </p>
        )}
        {verification?.returnReason && (
          <div role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="return-reason">
            <p className="font-semibold">Bảng điểm đã bị trả lại để sửa và nộp lại.</p>
            <p>Lý do: {verification.returnReason}</p>
          </div>
        )}
        {!view.phase.open && view.canEdit && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.phase.reason}</p>}
        {view.phase.lateWarning && editable && (
          <p role="note" className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="late-warning">
            {view.phase.lateWarning}
          </p>
        )}
        {view.late && (
          <p className="mt-2 text-sm text-stone-700" data-testid="late-recorded">
            {lateLineLabel(view.late.daysLate)}: {view.late.waived ? "đã được miễn trừ" : `−${formatNumber(view.late.points)} điểm vào tổng điểm`}.
          </p>
        )}
        <div className="mt-3">
          <SheetTotals totals={view.totals} />
        </div>
        {editable && view.missing.length > 0 && (
          <div className="mt-3">
            <MissingList missing={view.missing} agencyCode={agencyCode} />
          </div>
        )}
      </Card>
      <GroupJumpList rows={view.rows} agencyCode={agencyCode} />
      {editable ? (
        <SheetForm
          tableId={view.table.id}
          agencyId={view.agency.id}
          uploadUrl={`${docxBase}/${encodeURIComponent(agencyCode)}/minh-chung`}
          version={view.sheet?.version ?? 0}
          scorable={scorable}
          scoredAtFirst={view.rows.filter((r) => scorableIds.has(r.id) && (hasValue(r.type, r.entry) || (r.proposal?.value ?? null) !== null)).length}
          after={submission}
        >
          {rows}
        </SheetForm>
      ) : (
        <>
          {rows}
          {submission}
        </>
      )}
    </div>
  );
}
