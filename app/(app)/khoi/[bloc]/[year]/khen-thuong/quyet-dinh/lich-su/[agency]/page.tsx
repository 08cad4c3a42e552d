import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { formatDay } from "@/lib/format";
import { findAwardHistory } from "@/lib/server/decisions/find-award-history";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../../load";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Lịch sử khen thưởng" };

type Params = Promise<{ bloc: string; year: string; agency: string }>;

/** One agency's awards in every year of the bloc (cancelled decisions and rejections left out). */
export default async function AwardHistoryPage({ params }: { params: Params }) {
  const { bloc, year, agency } = await params;
  const data = await loadBlocYear(bloc, year);
  const history = await readOr404(findAwardHistory(data.bloc.id, decodeURIComponent(agency)), { forbidden: (message) => ({ refused: message }) });
  if ("refused" in history) {
    return (
      <Card title="Lịch sử khen thưởng">
        <EmptyState>{history.refused}</EmptyState>
      </Card>
    );
  }
  const back = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/khen-thuong/quyet-dinh`;

  return (
    <Card
      title={`Lịch sử khen thưởng — ${history.agency.name}`}
      actions={
        <Link href={back} className="text-sm text-brand-700 underline">
          Quyết định khen thưởng
        </Link>
      }
    >
      {history.years.length === 0 ? (
        <EmptyState>{history.agency.name} chưa có hình thức khen thưởng nào được ghi nhận trong khối.</EmptyState>
      ) : (
        <ScrollTable caption={`Lịch sử khen thưởng của ${history.agency.name} theo năm thi đua`}>
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-500">
              <th scope="col" className="py-2 pr-2 font-medium">
                Năm thi đua
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Hình thức khen thưởng
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Tập thể / cá nhân
              </th>
              <th scope="col" className="py-2 font-medium">
                Quyết định
              </th>
            </tr>
          </thead>
          {history.years.map((y) => (
            <tbody key={y.year}>
              {y.awards.map((a, i) => (
                <tr key={`${y.year}-${i}`} className="border-b border-stone-100 align-top last:border-0">
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={y.awards.length} className="py-2 pr-2 text-left font-semibold">
                      {y.year}
                    </th>
                  )}
                  <td className="py-2 pr-2">
                    {a.name ?? a.code ?? "—"}
                    {a.changedFrom && <span className="block text-xs text-stone-500">Đổi hình thức so với đề nghị</span>}
                  </td>
                  <td className="py-2 pr-2">{a.recipient.kind === "AGENCY" ? history.agency.name : a.recipient.name}</td>
                  <td className="py-2">
                    Số {a.decisionNumber} ngày {formatDay(a.issuedOn)}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </ScrollTable>
      )}
    </Card>
  );
}
