import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { formatDay } from "@/lib/format";
import type { BlocRoleHolder } from "@/lib/server/setup/find-bloc-role-holders";

/** Who holds the bloc's own roles, with their dates; council staff get a link to each account (to withdraw a role there). */
export function BlocRoleHolders({ holders, linkAccounts = false }: { holders: readonly BlocRoleHolder[]; linkAccounts?: boolean }) {
  if (holders.length === 0) return <EmptyState>Khối chưa có Thư ký khối, Trưởng khối hay người theo dõi.</EmptyState>;
  return (
    <ul className="divide-y divide-stone-100 text-sm" aria-label="Người giữ vai trò trong khối">
      {holders.map((h) => (
        <li key={h.grantId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <strong>{ROLE_LABELS[h.role]}</strong>:{" "}
            {linkAccounts ? (
              <Link href={`/quan-tri/tai-khoan/${h.userId}`} className="text-brand-800 underline">
                {h.name}
              </Link>
            ) : (
              h.name
            )}{" "}
            <span className="text-stone-500">
              ({h.email}
              {h.agency ? ` · ${h.agency}` : ""})
            </span>
            {!h.isActive && <span className="ml-2 rounded bg-stone-200 px-2 py-0.5 text-xs">ngừng hoạt động</span>}
          </span>
          {(h.startsOn || h.endsOn) && (
            <span className="text-xs text-stone-600">
              {h.startsOn ? `từ ${formatDay(h.startsOn)}` : ""} {h.endsOn ? `đến ${formatDay(h.endsOn)}` : ""}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
