import type { Metadata } from "next";
import { NumberPanel } from "@/components/document-numbers/number-panel";
import { OfficialSheet } from "@/components/documents/official-sheet";
import { SheetPrintStyle } from "@/components/documents/sheet-print-style";
import { PrintButton } from "@/components/pledges/print-button";
import { Card, EmptyState } from "@/components/ui/card";
import { yearEndReportDocxName } from "@/lib/domain/file-names";
import { yearEndReportDocument } from "@/lib/domain/reports/year-end-document";
import { REPORT_EDITORS_ONLY } from "@/lib/domain/reports/year-end-edit";
import { REPORT_TEXT_PARTS } from "@/lib/domain/reports/year-end-types";
import { formatMoment } from "@/lib/format";
import { REPORT_TEXT_MAX } from "@/lib/schemas/reports";
import { readOr404 } from "@/lib/server/read-or-404";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";
import { getDocumentNumber } from "@/lib/server/document-numbers/get-document-number";
import { issueDocumentNumberAction, recordDocumentNumberAction } from "../../so-van-ban/actions";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { ReportTextForm } from "./_components/report-text-form";

export const metadata: Metadata = { title: "Báo cáo tổng kết" };

/**
 * The bloc's year-end report: the written part (secretary and chair, until the year is archived),
 * the .docx and the printable sheet, both drawn from one OfficialDoc.
 */
export default async function YearEndReportPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const view = await readOr404(getYearEndReport(data.bloc.id, data.year), {
    forbidden: (message) => ({ refused: message }),
    missing: () => ({ refused: `Khối chưa lập năm thi đua ${data.year}.` }),
  });
  if ("refused" in view) {
    return (
      <Card title="Báo cáo tổng kết">
        <EmptyState>{view.refused}</EmptyState>
      </Card>
    );
  }
  const number = await getDocumentNumber("YEAR_END_REPORT", view.cycleId);
  const doc = yearEndReportDocument(view.input);
  const docx = `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/bao-cao-tong-ket/docx`;
  return (
    <div className="space-y-5">
      <SheetPrintStyle />
      <Card
        title={`Báo cáo tổng kết năm ${data.year}`}
        actions={
          <div className="flex flex-wrap gap-2">
            <a href={docx} download={yearEndReportDocxName(data.bloc.name, data.year)} className="rounded border border-stone-400 bg-white px-4 py-2 text-sm">
              Tải báo cáo (.docx)
            </a>
            <PrintButton />
          </div>
        }
      >
        <p className="mb-3 text-sm text-stone-600">
          Phần I và II lấy từ dữ liệu của năm (thành viên, đăng ký, giao ước, sơ kết, kết quả, hội nghị, đề nghị và quyết định khen thưởng, sổ điển hình tiên
          tiến); nội dung chưa được ghi nhận được ghi rõ là chưa có. Phần III–V do Thư ký khối hoặc Trưởng khối viết.
          {view.updatedAt && ` Lưu lần cuối lúc ${formatMoment(new Date(view.updatedAt))}.`}
        </p>
        <div className="mb-3">
          <NumberPanel view={number} what="báo cáo tổng kết" issueAction={issueDocumentNumberAction} recordAction={recordDocumentNumberAction} />
        </div>
        {view.canEdit ? (
          <ReportTextForm
            cycleId={view.cycleId}
            version={view.version}
            maxLength={REPORT_TEXT_MAX}
            parts={REPORT_TEXT_PARTS.map((p) => ({
              key: p.key,
              label: p.key === "directions" ? `Phương hướng, nhiệm vụ năm ${data.year + 1}` : p.label,
              value: view.input.text[p.key],
            }))}
          />
        ) : (
          <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.closedReason ?? REPORT_EDITORS_ONLY}</p>
        )}
      </Card>
      <OfficialSheet doc={doc} label="Báo cáo tổng kết" embedded />
    </div>
  );
}
