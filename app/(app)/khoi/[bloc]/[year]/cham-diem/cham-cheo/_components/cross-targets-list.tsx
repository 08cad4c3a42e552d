import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { CrossTargetRow } from "@/lib/server/cross-scoring/find-cross-targets";

/** The other members this agency scores: self-sheet status, progress, submission, a link to the form. */
export function CrossTargetsList({ rows, scorable, base }: { rows: CrossTargetRow[]; scorable: number; base: string }) {
  if (rows.length === 0) return <EmptyState>Khối chưa có cơ quan thành viên nào khác để chấm chéo.</EmptyState>;
  return (
    <table className="w-full text-sm" data-testid="cross-targets">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2">
            Cơ quan được chấm
          </th>
          <th scope="col">Tự chấm</th>
          <th scope="col">Đã chấm</th>
          <th scope="col">Nộp điểm chấm chéo</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agencyId} className="border-b border-stone-100 last:border-0">
            <td className="py-2">
              <Link href={`${base}/${encodeURIComponent(r.agencyCode)}`} className="text-brand-700 underline">
                {r.agencyName}
              </Link>
            </td>
            <td>{r.selfStatus ? SHEET_STATUS_LABELS[r.selfStatus] : "Chưa tự chấm"}</td>
            <td>
              {r.scored}/{scorable} tiêu chí
            </td>
            <td>{r.submittedAt ? `Đã nộp ${formatDay(r.submittedAt)}` : "Chưa nộp"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
