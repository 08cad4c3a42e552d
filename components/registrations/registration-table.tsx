import { REGISTRATION_STATUS_LABELS } from "@/lib/domain/labels";
import { formatMoment } from "@/lib/format";
import type { RegistrationRow } from "@/lib/server/registrations/find-registrations";
import { ScrollTable } from "@/components/ui/scroll-table";

const STATUS_STYLES: Record<string, string> = {
  DRAFT: "bg-stone-200 text-stone-700",
  SUBMITTED: "bg-sky-100 text-sky-800",
  ACCEPTED: "bg-green-100 text-green-800",
  RETURNED: "bg-amber-100 text-amber-800",
};

export function RegistrationTable({ rows, year }: { rows: RegistrationRow[]; year: number }) {
  return (
    <ScrollTable caption={`Đăng ký thi đua năm ${year} của các cơ quan`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan, đơn vị
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Trạng thái
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Danh hiệu, hình thức đăng ký
          </th>
          <th scope="col" className="py-2 font-medium">
            Ngày gửi
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agencyId} className="border-b border-stone-100 align-top last:border-0">
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              {r.agencyName}
            </th>
            <td className="py-2 pr-2">
              {r.status ? (
                <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[r.status]}`}>
                  {REGISTRATION_STATUS_LABELS[r.status]}
                </span>
              ) : (
                <span className="text-stone-500">Chưa đăng ký</span>
              )}
              {r.returnReason && <p className="mt-1 text-xs text-amber-800">Lý do trả lại: {r.returnReason}</p>}
            </td>
            <td className="py-2 pr-2">
              {r.titles.length === 0 ? (
                "—"
              ) : (
                <ul className="space-y-0.5">
                  {r.titles.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              )}
            </td>
            <td className="whitespace-nowrap py-2 tabular-nums">{formatMoment(r.submittedAt)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
