import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { can } from "@/lib/domain/permissions";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/auth/current-user";

// Every page under (app) is per-user and per-request.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const roles = [...new Set(user.grants.map((g) => ROLE_LABELS[g.role]))].join(", ");
  return (
    <div className="min-h-screen">
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-semibold tracking-wide">Thi đua khối</Link>
          <div className="flex items-center gap-4 text-sm">
            {can(user, "bloc:create", { blocId: "" }) && (
              <Link href="/khoi/moi" className="rounded bg-white/10 px-3 py-1 hover:bg-white/20">Lập khối mới</Link>
            )}
            <span>
              <span className="font-medium" data-testid="user-name">{user.name}</span>
              <span className="ml-2 text-white/80">{roles}{user.agencyName ? ` · ${user.agencyName}` : ""}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      {children}
    </div>
  );
}
