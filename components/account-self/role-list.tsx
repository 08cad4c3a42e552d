import { EmptyState } from "@/components/ui/card";
import { ROLE_LABELS, type RoleName } from "@/lib/domain/roles";
import { formatDay, isoDay } from "@/lib/format";

export interface RoleRow {
  role: RoleName;
  scope: string;
  startsOn: Date | null;
  endsOn: Date | null;
}

function period(r: RoleRow): string {
  if (!r.startsOn && !r.endsOn) return "Không thời hạn";
  if (!r.endsOn) return `Từ ${formatDay(r.startsOn)}`;
  if (!r.startsOn) return `Đến ${formatDay(r.endsOn)}`;
  return `${formatDay(r.startsOn)} – ${formatDay(r.endsOn)}`;
}

/** Whether a role is in force on `today` ("yyyy-MM-dd"), for a status beside its dates. */
function status(r: RoleRow, today: string): { label: string; className: string } | null {
  if (r.endsOn && isoDay(r.endsOn) < today) return { label: "Đã hết hạn", className: "bg-stone-200 text-stone-700" };
  if (r.startsOn && isoDay(r.startsOn) > today) return { label: "Chưa bắt đầu", className: "bg-sky-100 text-sky-800" };
  return null;
}

/** The user's role assignments, read-only: roles are granted by council staff. */
export function RoleList({ roles, today }: { roles: RoleRow[]; today: string }) {
  if (roles.length === 0) return <EmptyState>Tài khoản chưa được phân công vai trò nào.</EmptyState>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Vai trò được phân công</caption>
      <thead className="border-b border-stone-200 text-xs uppercase text-stone-500">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            Vai trò
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Phạm vi
          </th>
          <th scope="col" className="py-2 font-medium">
            Thời hạn
          </th>
        </tr>
      </thead>
      <tbody>
        {roles.map((r, i) => {
          const s = status(r, today);
          return (
            <tr key={`${r.role}-${r.scope}-${i}`} className="border-b border-stone-100 last:border-0">
              <td className="py-2 pr-3 font-medium">{ROLE_LABELS[r.role] ?? r.role}</td>
              <td className="py-2 pr-3">{r.scope}</td>
              <td className="py-2">
                {period(r)}
                {s && <span className={`ml-2 rounded px-2 py-0.5 text-xs font-medium ${s.className}`}>{s.label}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
