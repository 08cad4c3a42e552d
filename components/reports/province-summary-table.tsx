import Link from "next/link";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { ProvinceSummary } from "@/lib/domain/reports/province-summary";
import { formatNumber } from "@/lib/format";

/** The summary's rows on screen, each bloc linking to its year; the same rows as the .xlsx and .docx. */
export function ProvinceSummaryTable({ summary: s }: { summary: ProvinceSummary }) {
  const t = s.totals;
  return (
    <ScrollTable caption={`Tổng hợp các khối, cụm thi đua năm ${s.year}`} className="w-full min-w-[60rem] text-sm">
      <thead>
        <tr className="border-b border-stone-300 text-left">
          {["TT", "Khối, cụm thi đua", "Thành viên", "Đăng ký đã gửi", "Giao ước", "Kết quả", "Hội nghị tổng kết", "Đề nghị khen thưởng", "Quyết định"].map(
            (h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold">
                {h}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {s.rows.map((r) => (
          <tr key={r.code} className="border-b border-stone-100 align-top">
            <td className="px-2 py-2">{r.order}</td>
            <th scope="row" className="px-2 py-2 text-left font-medium">
              {r.opened ? (
                <Link href={`/khoi/${encodeURIComponent(r.code)}/${s.year}`} className="text-brand-800 underline">
                  {r.name}
                </Link>
              ) : (
                r.name
              )}
            </th>
            <td className="px-2 py-2">{r.members === null ? "—" : formatNumber(r.members)}</td>
            <td className="px-2 py-2">{r.registrations === null ? "—" : formatNumber(r.registrations)}</td>
            <td className="px-2 py-2">{r.pledge}</td>
            <td className="px-2 py-2">{r.results}</td>
            <td className="px-2 py-2">{r.conference}</td>
            <td className="px-2 py-2">{r.nominationsText}</td>
            <td className="px-2 py-2">{r.decisions}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <td className="px-2 py-2" />
          <th scope="row" className="px-2 py-2 text-left">
            Tổng cộng: {formatNumber(t.blocs)} khối, cụm ({formatNumber(t.opened)} đã lập năm thi đua)
          </th>
          <td className="px-2 py-2">{formatNumber(t.members)}</td>
          <td className="px-2 py-2">{formatNumber(t.registrations)}</td>
          <td className="px-2 py-2">{formatNumber(t.pledgesSigned)} đã ký kết</td>
          <td className="px-2 py-2">{formatNumber(t.published)} đã công bố</td>
          <td className="px-2 py-2">{formatNumber(t.conferences)} đã tổ chức</td>
          <td className="px-2 py-2">{s.forms.map((f) => `${f}: ${formatNumber(t.nominations[f] ?? 0)}`).join("; ") || "—"}</td>
          <td className="px-2 py-2">{formatNumber(t.decisions)} quyết định</td>
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
