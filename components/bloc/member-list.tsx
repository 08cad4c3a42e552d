import { EmptyState } from "@/components/ui/card";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";

export interface MemberRow {
  agencyId: string;
  name: string;
  type: string;
  joinedOn: string | null;
  leftOn: string | null;
}

export function MemberList({ members, year }: { members: MemberRow[]; year: number }) {
  if (members.length === 0) return <EmptyState>Chưa có cơ quan thành viên nào cho năm {year}.</EmptyState>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Cơ quan thành viên năm {year}</caption>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            TT
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan, đơn vị
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Loại
          </th>
          <th scope="col" className="py-2 font-medium">
            Thời gian tham gia
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((m, i) => (
          <tr key={m.agencyId} className="border-b border-stone-100 last:border-0">
            <td className="py-2 pr-2 text-stone-500">{i + 1}</td>
            <td className="py-2 pr-2">{m.name}</td>
            <td className="py-2 pr-2 text-stone-600">{AGENCY_TYPE_LABELS[m.type] ?? m.type}</td>
            <td className="py-2 text-stone-600">
              {m.joinedOn || m.leftOn
                ? `${formatDay(m.joinedOn) === "—" ? "Đầu năm" : formatDay(m.joinedOn)} – ${m.leftOn ? formatDay(m.leftOn) : "cuối năm"}`
                : "Cả năm"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
