import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { VERIFIER_LABELS } from "@/lib/domain/verification";
import { formatDay, formatNumber } from "@/lib/format";
import { getVerificationSheet } from "@/lib/server/verification/get-verification-sheet";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../load";
import { CompleteVerificationForm } from "../_components/complete-verification-form";
import { ReturnSheetForm } from "../_components/return-sheet-form";
import { VerificationRowView } from "../_components/verification-row";

export const metadata: Metadata = { title: "Thẩm định bảng điểm của cơ quan" };

/** One member agency's sheet, self values beside the verified ones; editable by its verifier. */
export default async function VerifySheetPage({ params }: { params: Promise<{ bloc: string; year: string; agencyCode: string }> }) {
  const { bloc, year, agencyCode } = await params;
  const data = await loadBlocYear(bloc, year);
  const member = data.members.find((m) => m.code === decodeURIComponent(agencyCode));
  if (!member || !data.cycle) notFound();
  const view = await readOr404(getVerificationSheet(data.bloc.id, data.year, member.agencyId));
  const back = (
    <Link href={`/khoi/${data.bloc.code}/${data.year}/cham-diem/tham-dinh`} className="text-sm text-brand-700 underline">
      ← Danh sách thẩm định
    </Link>
  );
  if (!view.table)
    return (
      <div className="space-y-4">
        {back}
        <EmptyState>Bảng tiêu chí năm {data.year} chưa được khóa.</EmptyState>
      </div>
    );
  const { sheet } = view;
  const verifier = `${VERIFIER_LABELS[view.verifier.kind]}${view.verifier.agencyName ? ` (${view.verifier.agencyName})` : ""}`;
  return (
    <div className="space-y-5">
      {back}
      <Card title={`Thẩm định bảng điểm — ${view.agency.name}`}>
        <p className="text-sm">
          {view.table.title} (phiên bản {view.table.version}) · Trạng thái:{" "}
          <strong data-testid="verification-status">{sheet ? SHEET_STATUS_LABELS[sheet.status] : "Chưa tự chấm"}</strong>
          {sheet?.submittedAt && <> · nộp ngày {formatDay(sheet.submittedAt)}</>}
          {sheet?.verifiedAt && sheet.status === "VERIFIED" && <> · hoàn tất thẩm định ngày {formatDay(sheet.verifiedAt)}</>}
        </p>
        <p className="mt-1 text-sm">
          Thẩm định bởi: {verifier} · Đã thẩm định {view.progress.verified}/{view.progress.total} tiêu chí
        </p>
        <p className="mt-1 text-sm">
          Tổng điểm tự chấm (chưa gồm tiêu chí tính theo đơn vị dẫn đầu): <strong>{formatNumber(Math.round(view.totals.total * 100) / 100)}</strong>
        </p>
        {sheet?.status === "RETURNED" && sheet.returnReason && (
          <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">Đã trả lại cho cơ quan: {sheet.returnReason}</p>
        )}
        {view.modeRefusal && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.modeRefusal}</p>}
        {!view.phase.open && sheet?.status === "SUBMITTED" && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.phase.reason}</p>}
      </Card>

      {!sheet ? (
        <EmptyState>Cơ quan chưa tự chấm bảng điểm năm {data.year}.</EmptyState>
      ) : (
        <ol className="space-y-3" aria-label="Tiêu chí thẩm định">
          {view.rows.map((row) => (
            <li
              key={row.id}
              style={{ marginLeft: `${row.depth * 1.25}rem` }}
              className={row.type === "GROUP" ? "pt-2" : "rounded-lg border border-stone-200 bg-white p-4"}
            >
              <VerificationRowView row={row} sheetId={sheet.id} version={sheet.version} canVerify={view.canVerify} />
            </li>
          ))}
        </ol>
      )}

      {view.canVerify && sheet && (
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
      )}
    </div>
  );
}
