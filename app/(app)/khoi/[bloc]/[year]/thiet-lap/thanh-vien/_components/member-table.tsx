import { EmptyState } from "@/components/ui/card";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { MembershipRow } from "@/lib/server/setup/find-memberships";
import { MemberRowActions } from "./member-row-actions";
import { ScrollTable } from "@/components/ui/scroll-table";

function period(m: MembershipRow): string {
  if (!m.joinedOn && !m.leftOn) return "Cả năm";
  return `${m.joinedOn ? formatDay(m.joinedOn) : "Đầu năm"} – ${m.leftOn ? formatDay(m.leftOn) : "cuối năm"}`;
}

/** The year's members with their periods; managers get per-row edit and remove forms. */
export function MemberTable({ rows, year, canManage }: { rows: MembershipRow[]; year: number; canManage: boolean }) {
  if (rows.length === 0) return <EmptyState>Chưa có cơ quan thành viên nào cho năm {year}.</EmptyState>;
  return (
    <ScrollTable caption={`Cơ quan thành viên năm ${year}`}>
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
          <th scope="col" className="py-2 pr-2 font-medium">
            Thời gian tham gia
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Ghi chú
          </th>
          {canManage && (
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Thao tác</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((m, i) => (
          <tr key={m.membershipId} className="border-b border-stone-100 align-top last:border-0">
            <td className="py-2 pr-2 text-stone-500">{i + 1}</td>
            <td className="py-2 pr-2">
              {m.name}
              {m.dissolvedOn && <p className="text-xs text-stone-500">Không còn tồn tại từ {formatDay(m.dissolvedOn)}</p>}
            </td>
            <td className="py-2 pr-2 text-stone-600">{AGENCY_TYPE_LABELS[m.type] ?? m.type}</td>
            <td className="whitespace-nowrap py-2 pr-2 tabular-nums">{period(m)}</td>
            <td className="py-2 pr-2 text-stone-600">{m.note ?? "—"}</td>
            {canManage && (
              <td className="py-2">
                <MemberRowActions member={m} year={year} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
