import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { SheetStatusRow } from "@/lib/server/self-scoring/find-sheet-statuses";

/** Every member agency's self-scoring status, each linking to its (read-only) sheet. */
export function SheetStatusList({ rows, base }: { rows: SheetStatusRow[]; base: string }) {
  if (rows.length === 0) return <EmptyState>Khối chưa có cơ quan thành viên trong năm này.</EmptyState>;
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2">
            Cơ quan
          </th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Ngày nộp</th>
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
            <td>{r.status ? SHEET_STATUS_LABELS[r.status] : "Chưa tự chấm"}</td>
            <td>{r.submittedAt ? formatDay(r.submittedAt) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
