import type { Metadata } from "next";
import { RegisterFilter, RegisterTable } from "@/components/document-numbers/register-table";
import { PrintButton } from "@/components/pledges/print-button";
import { Card, EmptyState } from "@/components/ui/card";
import { registerAddress } from "@/lib/domain/document-numbers";
import { todayInVietnam } from "@/lib/server/clock";
import { findDocumentNumbers } from "@/lib/server/document-numbers/find-document-numbers";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, type BlocYearParams } from "../load";

export const metadata: Metadata = { title: "Sổ đăng ký số văn bản" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The bloc's register of numbers for a calendar year of issue (?nam=, this year by default) and
 * optionally one issuing body (?coquan=): printable and as .xlsx (docs/decisions/0044-document-numbers.md).
 */
export default async function DocumentRegisterPage({ params, searchParams }: { params: BlocYearParams; searchParams: SearchParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const address = registerAddress(await searchParams, Number(todayInVietnam().slice(0, 4)));
  const register = await readOr404(findDocumentNumbers(data.bloc.id, address.year, address.issuerCode));
  const xlsx = `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/so-van-ban/xlsx?${address.query}`;
  return (
    <Card
      title={`Sổ đăng ký số văn bản năm ${register.year}`}
      actions={
        <div className="no-print flex flex-wrap gap-2">
          <a href={xlsx} download className="rounded border border-stone-400 bg-white px-4 py-2 text-sm">
            Tải sổ (.xlsx)
          </a>
          <PrintButton />
        </div>
      }
    >
      <p className="mb-3 text-sm text-stone-600">
        Văn bản của khối (tờ trình, biên bản hội nghị, báo cáo tổng kết) được cấp số theo năm dương lịch, liên tục từ 1, không trùng và không bỏ số; số do văn
        thư cơ quan cấp ngoài ứng dụng được ghi kèm. Người ký văn bản cấp số trên trang của văn bản đó.
      </p>
      <div className="mb-4">
        <RegisterFilter register={register} />
      </div>
      {register.rows.length === 0 ? <EmptyState>Chưa cấp số văn bản nào trong năm {register.year}.</EmptyState> : <RegisterTable rows={register.rows} />}
    </Card>
  );
}
