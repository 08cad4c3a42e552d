import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { canSomewhere } from "@/lib/domain/permissions";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/auth/current-user";

// Every page under (app) is per-user and per-request.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  // A temporary password must be replaced before anything else (docs/decisions/0012).
  if (user.mustChangePassword) redirect("/doi-mat-khau");
  const roles = [...new Set(user.grants.map((g) => ROLE_LABELS[g.role]))].join(", ");
  return (
    <div className="min-h-screen">
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2 sm:py-3">
          <Link href="/" className="font-semibold tracking-wide">
            Thi đua khối
          </Link>
          <nav aria-label="Điều hướng chính" className="flex items-center gap-2 text-sm sm:gap-4">
            <Link href="/khoi" className="rounded px-3 py-1 hover:bg-white/10">
              Các khối
            </Link>
            {canSomewhere(user, "user:manage") && (
              <Link href="/quan-tri/tai-khoan" className="rounded bg-white/10 px-3 py-1 hover:bg-white/20">
                Quản trị
              </Link>
            )}
            <span>
              <Link href="/tai-khoan" className="font-medium underline-offset-2 hover:underline" data-testid="user-name" title="Tài khoản của tôi">
                {user.name}
              </Link>
              {/* Roles and agency are on the account page; a phone keeps the header to one row. */}
              <span className="ml-2 hidden text-white/80 sm:inline">
                {roles}
                {user.agencyName ? ` · ${user.agencyName}` : ""}
              </span>
            </span>
            <SignOutButton />
          </nav>
        </div>
      </header>
      {children}
    </div>
  );
}
