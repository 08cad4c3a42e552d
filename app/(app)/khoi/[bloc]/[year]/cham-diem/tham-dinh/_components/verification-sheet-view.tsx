import { SheetRows } from "@/components/sheet-form/sheet-rows";
import { Card, EmptyState } from "@/components/ui/card";
import { GroupJumpList, MissingList } from "@/components/sheet-form/sheet-guide";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { VERIFIER_LABELS } from "@/lib/domain/verification";
import { formatDay, formatNumber } from "@/lib/format";
import type { VerificationSheetView as View } from "@/lib/server/verification/get-verification-sheet";
import { CompleteVerificationForm } from "./complete-verification-form";
import { ReturnSheetForm } from "./return-sheet-form";
import { VerificationRowView } from "./verification-row";
import { TickAllButton, VerificationSheetForm } from "./verification-sheet-form";

type Loaded = Extract<View, { rows: unknown }>;

/**
 * One member agency's sheet for verification, self values beside the verified ones. For its
 * verifier while it may be verified, every row is one form (verification-sheet-form.tsx) with
 * the rows still to verify listed at the top, a jump list by group, and completion or return
 * at the bottom; read-only otherwise. A banner says when it was completed or returned.
 */
export function VerificationSheetView({ view, year }: { view: Loaded; year: number }) {
  const { sheet } = view;
  const agencyCode = view.agency.code;
  const verifier = `${VERIFIER_LABELS[view.verifier.kind]}${view.verifier.agencyName ? ` (${view.verifier.agencyName})` : ""}`;
  const leaves = view.rows.filter((r) => r.type !== "GROUP");
  const open = leaves.filter((r) => !r.entry?.isNA);
  const toVerify = open.filter((r) => !r.entry?.verifiedAt).map((r) => ({ code: r.code, line: `${r.code} ${r.name}: chưa thẩm định` }));

  const rows = (
    <SheetRows label="Tiêu chí thẩm định" agencyCode={agencyCode} rows={view.rows}>
      {(row) => <VerificationRowView row={row} canVerify={view.canVerify} />}
    </SheetRows>
  );
  const closing = view.canVerify && sheet && (
    <div className="grid gap-5 md:grid-cols-2">
      <Card title="Hoàn tất thẩm định">
        <p className="mb-3 text-sm text-stone-600">
          Các tiêu chí chưa thẩm định sẽ lấy giá trị tự chấm làm giá trị thẩm định. Sau khi hoàn tất, không thể sửa điểm thẩm định.
        </p>
        <CompleteVerificationForm sheetId={sheet.id} version={sheet.version} remaining={view.progress.total - view.progress.verified} />
      </Card>
      <Card title="Trả lại bảng điểm">
        <ReturnSheetForm sheetId={sheet.id} version={sheet.version} />
      </Card>
    </div>
  );

  return (
    <div className="space-y-5">
      <Card title={`Thẩm định bảng điểm — ${view.agency.name}`}>
        <p className="text-sm">
          {view.table.title} (phiên bản {view.table.version}) · Trạng thái:{" "}
          <strong data-testid="verification-status">{sheet ? SHEET_STATUS_LABELS[sheet.status] : "Chưa tự chấm"}</strong>
          {sheet?.submittedAt && <> · nộp ngày {formatDay(sheet.submittedAt)}</>}
        </p>
        <p className="mt-1 text-sm">
          Thẩm định bởi: {verifier} · Đã thẩm định {view.progress.verified}/{view.progress.total} tiêu chí (theo dữ liệu đã lưu)
        </p>
        <p className="mt-1 text-sm">
          Tổng điểm tự chấm (chưa gồm tiêu chí tính theo đơn vị dẫn đầu): <strong>{formatNumber(Math.round(view.totals.total * 100) / 100)}</strong>
        </p>
        {sheet?.status === "VERIFIED" && sheet.verifiedAt && (
          <p role="status" className="mt-2 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="verified-banner">
            Đã hoàn tất thẩm định ngày {formatDay(sheet.verifiedAt)}. Điểm thẩm định của bảng điểm không còn sửa được; cơ quan xem điểm ở từng tiêu chí và có
            thể khiếu nại trong thời hạn.
          </p>
        )}
        {sheet?.status === "RETURNED" && (
          <div role="status" className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="returned-banner">
            <p className="font-semibold">Đã trả lại bảng điểm cho cơ quan để sửa và nộp lại.</p>
            {sheet.returnReason && <p>Lý do: {sheet.returnReason}</p>}
          </div>
        )}
        {view.modeRefusal && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.modeRefusal}</p>}
        {!view.phase.open && sheet?.status === "SUBMITTED" && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.phase.reason}</p>}
        {view.canVerify && (
          <div className="mt-3">
            <MissingList missing={toVerify} agencyCode={agencyCode} what="tiêu chí chưa thẩm định" done="Đã thẩm định tất cả tiêu chí." />
          </div>
        )}
      </Card>

      {!sheet ? (
        <EmptyState>Cơ quan chưa tự chấm bảng điểm năm {year}.</EmptyState>
      ) : (
        <>
          <GroupJumpList rows={view.rows} agencyCode={agencyCode} />
          {view.canVerify ? (
            <VerificationSheetForm
              sheetId={sheet.id}
              version={sheet.version}
              rowIds={open.map((r) => r.id)}
              naCount={leaves.length - open.length}
              verifiedAtFirst={view.progress.verified}
              after={closing}
            >
              <div className="flex flex-wrap items-center gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3 text-sm">
                <p className="flex-1">
                  Mỗi tiêu chí hiện giá trị tự chấm (hoặc giá trị đã thẩm định). Đánh dấu “Đã thẩm định” khi đồng ý; sửa giá trị khi không đồng ý và nêu lý do.
                </p>
                <TickAllButton />
              </div>
              {rows}
            </VerificationSheetForm>
          ) : (
            rows
          )}
        </>
      )}
    </div>
  );
}
