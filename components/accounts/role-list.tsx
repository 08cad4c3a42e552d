import { ROLE_LABELS } from "@/lib/domain/roles";
import { formatDay } from "@/lib/format";
import type { GrantRow } from "@/lib/server/accounts/grant-rows";

/** "từ 01/01/2026 đến 31/12/2026", "đến 31/12/2026", "" when open on both ends. */
export function periodText(g: { startsOn: string | null; endsOn: string | null }): string {
  if (!g.startsOn && !g.endsOn) return "";
  return [g.startsOn ? `từ ${formatDay(g.startsOn)}` : null, g.endsOn ? `đến ${formatDay(g.endsOn)}` : null].filter(Boolean).join(" ");
}

/** A role with its scope and days: "Trưởng khối · Khối các cơ quan Đảng tỉnh (từ 01/01/2026)". */
export function grantText(g: Pick<GrantRow, "role" | "scope" | "startsOn" | "endsOn">): string {
  const period = periodText(g);
  return `${ROLE_LABELS[g.role]} · ${g.scope}${period ? ` (${period})` : ""}`;
}

/** The roles of an account as a compact list; grants not in force today are marked. */
export function RoleList({ roles }: { roles: GrantRow[] }) {
  if (roles.length === 0) return <span className="text-stone-500">Chưa có vai trò</span>;
  return (
    <ul className="space-y-0.5">
      {roles.map((g) => (
        <li key={g.id} className={g.inForce ? "" : "text-stone-500"}>
          {grantText(g)}
          {!g.inForce && <span className="ml-1 rounded bg-stone-200 px-1 text-xs">chưa hoặc hết hiệu lực</span>}
        </li>
      ))}
    </ul>
  );
}
