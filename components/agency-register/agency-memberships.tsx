import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import type { RegisterAgencyDetail } from "@/lib/server/agency-register/get-register-agency";

/** The blocs the agency was a member of, by year: the register is independent of them. */
export function AgencyMemberships({ rows }: { rows: RegisterAgencyDetail["memberships"] }) {
  if (rows.length === 0) return <EmptyState>Cơ quan chưa là thành viên của khối thi đua nào.</EmptyState>;
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((m) => (
        <li key={m.blocName}>
          {m.code ? (
            <Link href={`/khoi/${encodeURIComponent(m.code)}/${m.years[0]}/thiet-lap/thanh-vien`} className="text-brand-700 underline">
              {m.blocName}
            </Link>
          ) : (
            m.blocName
          )}
          <span className="text-stone-500">: năm {m.years.join(", ")}</span>
        </li>
      ))}
    </ul>
  );
}
