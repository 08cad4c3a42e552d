import Link from "next/link";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { VERIFIER_LABELS } from "@/lib/domain/verification";
import { formatDay } from "@/lib/format";
import type { VerificationQueueRow } from "@/lib/server/verification/find-verification-queue";

/** Every member's sheet in the verification queue, each linking to its verification page. */
export function QueueTable({ rows, base }: { rows: VerificationQueueRow[]; base: string }) {
  return (
    <table className="w-full text-sm" data-testid="verification-queue">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2">
            Cơ quan
          </th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Ngày nộp</th>
          <th scope="col">Thẩm định bởi</th>
          <th scope="col">Tiến độ</th>
          <th scope="col">
            <span className="sr-only">Thao tác</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agencyId} className="border-b border-stone-100 last:border-0">
            <td className="py-2">{r.agencyName}</td>
            <td>{r.status ? SHEET_STATUS_LABELS[r.status] : "Chưa tự chấm"}</td>
            <td>{r.submittedAt ? formatDay(r.submittedAt) : "—"}</td>
            <td>
              {VERIFIER_LABELS[r.verifier.kind]}
              {r.verifier.agencyName ? ` (${r.verifier.agencyName})` : r.verifier.kind === "DEPUTY" ? " — chưa ghi nhận" : ""}
            </td>
            <td>
              {r.progress.verified}/{r.progress.total} tiêu chí
            </td>
            <td className="text-right">
              <Link
                href={`${base}/${encodeURIComponent(r.agencyCode)}`}
                className="text-brand-700 underline"
                aria-label={`${r.mayVerify && r.status === "SUBMITTED" ? "Thẩm định" : "Xem"} bảng điểm của ${r.agencyName}`}
              >
                {r.mayVerify && r.status === "SUBMITTED" ? "Thẩm định" : "Xem"}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
