import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProvinceSummaryTable } from "@/components/reports/province-summary-table";
import { SummaryPicker } from "@/components/reports/summary-picker";
import { Card, EmptyState } from "@/components/ui/card";
import { provinceSummaryFileName } from "@/lib/domain/file-names";
import { canSomewhere } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { readOr404 } from "@/lib/server/read-or-404";
import { findProvinceSummary } from "@/lib/server/reports/find-province-summary";
import { summaryAddress, summaryQuery } from "@/lib/server/reports/summary-address";

export const metadata: Metadata = { title: "Báo cáo tổng hợp các khối" };

type Search = Promise<{ tinh?: string | string[]; nam?: string | string[] }>;

/**
 * The council's summary of every bloc of a province (with the provinces it absorbed) or of the
 * central level for one year, with its .xlsx and .docx (docs/decisions/0033-province-summary.md).
 */
export default async function ProvinceSummaryPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  if (!canSomewhere(user, "nomination:read-all")) notFound();
  const address = await readOr404(Promise.resolve(searchParams).then(summaryAddress));
  const view = await readOr404(findProvinceSummary(address.key, address.year), { forbidden: "404" });
  const { summary, current } = view;
  const query = summaryQuery(current.key, summary.year);
  return (
    <div className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold">Báo cáo tổng hợp các khối, cụm thi đua</h2>
        <p className="mt-1 text-sm text-stone-600">
          Mỗi khối, cụm một dòng: thành viên, đăng ký, giao ước, kết quả công bố và đơn vị dẫn đầu, hội nghị tổng kết, đề nghị khen thưởng theo hình thức và
          quyết định. Số liệu lấy từ dữ liệu các khối đã ghi nhận.
        </p>
      </div>
      <SummaryPicker registers={view.registers} current={current} year={summary.year} />
      <Card
        title={`${current.label} — năm ${summary.year}`}
        actions={
          <div className="flex flex-wrap gap-2">
            <a
              href={`/api/quan-tri/bao-cao/xlsx${query}`}
              download={provinceSummaryFileName(current.label, summary.year, "xlsx")}
              className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Tải bảng tổng hợp (.xlsx)
            </a>
            <a
              href={`/api/quan-tri/bao-cao/docx${query}`}
              download={provinceSummaryFileName(current.label, summary.year, "docx")}
              className="rounded border border-stone-400 bg-white px-3 py-2 text-sm"
            >
              Tải báo cáo (.docx)
            </a>
          </div>
        }
      >
        {summary.rows.length === 0 ? <EmptyState>{current.label} chưa có khối, cụm thi đua nào.</EmptyState> : <ProvinceSummaryTable summary={summary} />}
      </Card>
    </div>
  );
}
