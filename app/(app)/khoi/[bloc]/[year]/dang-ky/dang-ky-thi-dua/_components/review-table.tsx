import Link from "next/link";
import { RegistrationStatusBadge } from "@/components/registrations/registration-status-badge";
import { formatMoment } from "@/lib/format";
import type { RegistrationRow } from "@/lib/server/registrations/find-registrations";
import { ReviewActions } from "./review-actions";
import { ScrollTable } from "@/components/ui/scroll-table";

/**
 * Every member agency's registration in one table (the secretary's view).
 * Accept / return appear on submitted rows when the caller may review and
 * the review window is open.
 */
export function ReviewTable({ rows, year, base, mayReview }: { rows: RegistrationRow[]; year: number; base: string; mayReview: boolean }) {
  return (
    <ScrollTable caption={`Tình hình đăng ký thi đua năm ${year} của các cơ quan thành viên`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan, đơn vị
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Trạng thái
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Danh hiệu đăng ký
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Số chỉ tiêu
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Ngày gửi
          </th>
          <th scope="col" className="py-2 font-medium">
            Thao tác
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
              <RegistrationStatusBadge status={r.status} />
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
            <td className="py-2 pr-2 text-right tabular-nums">{r.registrationId ? r.targetCount : "—"}</td>
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">{formatMoment(r.submittedAt)}</td>
            <td className="py-2">
              <div className="space-y-2">
                {r.registrationId && (
                  <Link href={`${base}/${encodeURIComponent(r.agencyCode)}`} className="text-brand-700 underline">
                    Xem bản đăng ký<span className="sr-only"> của {r.agencyName}</span>
                  </Link>
                )}
                {mayReview && r.status === "SUBMITTED" && r.registrationId && (
                  <ReviewActions key={r.registrationId} registrationId={r.registrationId} version={r.version} agencyName={r.agencyName} />
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
