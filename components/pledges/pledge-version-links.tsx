import Link from "next/link";
import { PLEDGE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatMoment } from "@/lib/format";
import { ScrollTable } from "@/components/ui/scroll-table";

export interface VersionRow {
  version: number;
  status: string;
  changeReason: string | null;
  lockedAt: Date | null;
}

/** All versions of the year's pledge, newest first, each linking to its read-only page. */
export function PledgeVersionLinks({ versions, base, current }: { versions: VersionRow[]; base: string; current?: number }) {
  return (
    <ScrollTable caption="Các phiên bản giao ước">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Phiên bản
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Trạng thái
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Khóa lúc
          </th>
          <th scope="col" className="py-2 font-medium">
            Lý do điều chỉnh
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.version} className="border-b border-stone-100 align-top last:border-0">
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              {v.version === current ? (
                <span aria-current="page" className="font-semibold">
                  Phiên bản {v.version}
                </span>
              ) : (
                <Link href={`${base}/${v.version}`} className="text-brand-700 underline">
                  Phiên bản {v.version}
                </Link>
              )}
            </th>
            <td className="py-2 pr-2">{PLEDGE_STATUS_LABELS[v.status] ?? v.status}</td>
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">{formatMoment(v.lockedAt)}</td>
            <td className="py-2 text-stone-600">{v.changeReason ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
