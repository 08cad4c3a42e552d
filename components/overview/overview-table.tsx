import Link from "next/link";
import { ScrollTable } from "@/components/ui/scroll-table";
import { LATE_KIND_LABELS, type LateItem } from "@/lib/domain/council-overview/late-items";
import type { OverviewRow } from "@/lib/domain/council-overview/overview";
import { PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { formatDay } from "@/lib/format";

/** One late item: what, the detail, and the day it was due. */
function Late({ item }: { item: LateItem }) {
  return (
    <li>
      <span className="font-medium text-red-800">{LATE_KIND_LABELS[item.kind]}</span>: {item.text}{" "}
      <span className="text-xs text-stone-500">(hạn {formatDay(item.dueOn)})</span>
    </li>
  );
}

function phaseText(r: OverviewRow, year: number): string {
  if (!r.hasYear) return `Chưa lập năm ${year}`;
  if (r.open.length > 0) return r.open.map((k) => PHASE_LABELS[k]).join(", ");
  return r.isFinished ? "Năm đã kết thúc" : "Không có giai đoạn mở";
}

/**
 * Every bloc of the council in the year: its open phases, next deadline, published results and
 * what is late — the bloc's own steps, then each late agency behind a disclosure. Each bloc opens
 * its year's page.
 */
export function OverviewTable({ rows, year }: { rows: readonly OverviewRow[]; year: number }) {
  return (
    <ScrollTable
      caption={`Các khối thi đua năm ${year}: giai đoạn, hạn và việc trễ hạn`}
      className="w-full min-w-[48rem] text-sm"
      frameClassName="rounded-lg border border-stone-200 bg-white"
    >
      <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
        <tr>
          <th scope="col" className="px-3 py-2">
            Khối, cụm thi đua
          </th>
          <th scope="col" className="px-3 py-2">
            Giai đoạn đang mở
          </th>
          <th scope="col" className="px-3 py-2">
            Hạn gần nhất
          </th>
          <th scope="col" className="px-3 py-2">
            Kết quả
          </th>
          <th scope="col" className="px-3 py-2">
            Trễ hạn
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} className="border-t border-stone-100 align-top" data-testid={`overview-row-${r.code}`}>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              {r.hasYear ? (
                <Link href={`/khoi/${r.code}/${year}`} className="font-medium text-brand-800 underline">
                  {r.name}
                </Link>
              ) : (
                <Link href={`/khoi/${r.code}`} className="font-medium text-brand-800 underline">
                  {r.name}
                </Link>
              )}
              <span className="block text-xs text-stone-500">
                {r.code}
                {r.provinceName ? ` · ${r.provinceName}` : ""} · {r.members} thành viên
              </span>
            </th>
            <td className="px-3 py-2">{phaseText(r, year)}</td>
            <td className="px-3 py-2">
              {r.nextDeadline ? (
                <>
                  {PHASE_LABELS[r.nextDeadline.key]} {r.nextDeadline.kind === "CLOSES" ? "kết thúc" : "bắt đầu"} ngày{" "}
                  <span className="tabular-nums">{formatDay(r.nextDeadline.on)}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td className="px-3 py-2">
              {r.publication ? (
                <>
                  Công bố lần {r.publication.version}, {formatDay(r.publication.publishedOn)}
                  {r.publication.isPublic && <span className="block text-xs text-stone-600">Đã công khai</span>}
                </>
              ) : (
                "Chưa công bố"
              )}
            </td>
            <td className="px-3 py-2">
              {r.lateCount === 0 ? (
                <span className="text-stone-500">Không có</span>
              ) : (
                <div className="space-y-1">
                  <p className="font-semibold text-red-800">{r.lateCount} việc trễ hạn</p>
                  {r.blocItems.length > 0 && (
                    <ul className="list-disc pl-5 text-sm">
                      {r.blocItems.map((item, i) => (
                        <Late key={i} item={item} />
                      ))}
                    </ul>
                  )}
                  {r.agencies.length > 0 && (
                    <details>
                      <summary className="cursor-pointer text-sm text-brand-800 underline">{r.agencies.length} cơ quan trễ hạn</summary>
                      <ul className="mt-1 space-y-1 text-sm">
                        {r.agencies.map((a) => (
                          <li key={a.id}>
                            <span className="font-medium">{a.name}</span>
                            <ul className="list-disc pl-5">
                              {a.items.map((item, i) => (
                                <Late key={i} item={item} />
                              ))}
                            </ul>
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
