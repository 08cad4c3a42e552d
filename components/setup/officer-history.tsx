import { EmptyState } from "@/components/ui/card";
import { OFFICER_ROLE_LABELS, SELECTION_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { OfficerTermRow } from "@/lib/server/setup/find-officer-history";
import { ScrollTable } from "@/components/ui/scroll-table";

export function OfficerHistory({ terms }: { terms: OfficerTermRow[] }) {
  if (terms.length === 0) return <EmptyState>Chưa ghi nhận Trưởng khối, Phó khối nào của khối.</EmptyState>;
  return (
    <ScrollTable caption="Trưởng khối, Phó khối qua các năm">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Nhiệm kỳ
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Chức danh
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Người đại diện
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Hình thức chọn
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Căn cứ
          </th>
          <th scope="col" className="py-2 font-medium">
            Bàn giao cờ luân lưu
          </th>
        </tr>
      </thead>
      <tbody>
        {terms.map((t) => (
          <tr key={t.id} className="border-b border-stone-100 align-top last:border-0">
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">
              {formatDay(t.startsOn)} – {formatDay(t.endsOn)}
            </td>
            <td className="py-2 pr-2">{OFFICER_ROLE_LABELS[t.role]}</td>
            <td className="py-2 pr-2">{t.agencyName}</td>
            <td className="py-2 pr-2">{t.personName ?? "—"}</td>
            <td className="py-2 pr-2">{SELECTION_LABELS[t.method] ?? t.method}</td>
            <td className="py-2 pr-2 text-stone-600">{t.decisionRef ?? "—"}</td>
            <td className="py-2 tabular-nums">{formatDay(t.handoverOn)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
