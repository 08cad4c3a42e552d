import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/pledges/print-button";
import { ScrollTable } from "@/components/ui/scroll-table";
import { formatDay, formatNumber } from "@/lib/format";
import { getPublicResults } from "@/lib/server/publication/get-public-results";
import { readOr404 } from "@/lib/server/read-or-404";

export const metadata: Metadata = { title: "Kết quả thi đua công khai" };

/**
 * A bloc's year results as made public by its chair (công khai): the ranking, places, totals and
 * bands of the public version, its dates; no sign-in. Anything not made public is "not found".
 */
export default async function PublicResultsPage({ params }: { params: Promise<{ bloc: string; year: string }> }) {
  const { bloc, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const r = await readOr404(getPublicResults(decodeURIComponent(bloc), Number(year)));
  return (
    <article className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 print:border-0 print:p-0">
      <header>
        <p className="text-sm text-stone-600">{r.bloc.province ?? "Trung ương"}</p>
        <h1 className="text-xl font-bold">{r.bloc.name}</h1>
        <p className="text-lg">Kết quả chấm điểm thi đua năm {r.year}</p>
        <p className="mt-1 text-sm text-stone-600">
          Bản công bố phiên bản {r.version}, ngày {formatDay(r.publishedAt)} · công khai từ ngày {formatDay(r.publicSince)}
        </p>
        {r.corrected && <p className="mt-1 text-sm text-amber-800">Khối đã công bố bản đính chính sau phiên bản này; bản đính chính chưa được công khai.</p>}
      </header>
      <ScrollTable caption={`Bảng xếp hạng năm ${r.year}`}>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-2 pr-3">
              Hạng
            </th>
            <th scope="col" className="py-2 pr-3">
              Cơ quan, đơn vị
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Tổng điểm
            </th>
            <th scope="col" className="py-2">
              Xếp loại
            </th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={`${row.rank}-${row.agencyName}`} className="border-b border-stone-100">
              <td className="py-2 pr-3 tabular-nums">
                {row.rank}
                {row.place ? ` (${row.place})` : ""}
              </td>
              <td className="py-2 pr-3">{row.agencyName}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(row.total)}</td>
              <td className="py-2">{row.band ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <div className="flex flex-wrap items-center gap-3 text-sm print:hidden">
        <PrintButton />
        {r.bloc.provinceCode && (
          <Link href={`/cong-khai/tinh/${encodeURIComponent(r.bloc.provinceCode)}`} className="text-brand-700 underline">
            Kết quả công khai khác của {r.bloc.province}
          </Link>
        )}
      </div>
    </article>
  );
}
