import Link from "next/link";
import { PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { formatDay } from "@/lib/format";
import type { BlocOverview } from "@/lib/server/blocs/find-bloc-overview";
import { ScrollTable } from "@/components/ui/scroll-table";

/** The blocs list: each bloc links to its current year (or to its years when it has none). */
export function BlocOverviewTable({ blocs }: { blocs: readonly BlocOverview[] }) {
  return (
    <ScrollTable caption="Các khối thi đua, năm hiện tại và giai đoạn" frameClassName="rounded-lg border border-stone-200 bg-white">
      <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
        <tr>
          <th scope="col" className="px-3 py-2">
            Khối, cụm thi đua
          </th>
          <th scope="col" className="px-3 py-2">
            Tỉnh, thành phố
          </th>
          <th scope="col" className="px-3 py-2">
            Năm
          </th>
          <th scope="col" className="px-3 py-2">
            Giai đoạn đang mở
          </th>
          <th scope="col" className="px-3 py-2">
            Hạn gần nhất
          </th>
        </tr>
      </thead>
      <tbody>
        {blocs.map((b) => (
          <tr key={b.code} className="border-t border-stone-100" data-testid={`bloc-row-${b.code}`}>
            <td className="px-3 py-2">
              <Link href={b.currentYear ? `/khoi/${b.code}/${b.currentYear}` : `/khoi/${b.code}`} className="font-medium text-brand-800 underline">
                {b.name}
              </Link>
              <span className="ml-2 text-xs text-stone-500">{b.code}</span>
              <Link href={`/khoi/${b.code}`} className="ml-2 text-xs text-stone-600 underline">
                các năm
              </Link>
            </td>
            <td className="px-3 py-2">{b.province?.name ?? "Trung ương"}</td>
            <td className="px-3 py-2 tabular-nums">{b.currentYear ?? "—"}</td>
            <td className="px-3 py-2">
              {b.open.length > 0
                ? b.open.map((k) => PHASE_LABELS[k]).join(", ")
                : b.currentYear === null
                  ? "Chưa lập năm thi đua"
                  : b.isFinished
                    ? "Năm đã kết thúc"
                    : "Không có"}
            </td>
            <td className="px-3 py-2">
              {b.nextDeadline ? (
                <span>
                  {PHASE_LABELS[b.nextDeadline.key]} {b.nextDeadline.kind === "CLOSES" ? "đóng" : "mở"} ngày{" "}
                  <span className="tabular-nums">{formatDay(b.nextDeadline.on)}</span>
                </span>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
