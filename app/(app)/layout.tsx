import Link from "next/link";
import { redirect } from "next/navigation";
import { InboxLink } from "@/components/shell/inbox-link";
import { MenuDisclosure } from "@/components/shell/menu-disclosure";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { canSomewhere } from "@/lib/domain/permissions";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";

// Every page under (app) is per-user and per-request.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  // A temporary password must be replaced before anything else (docs/decisions/0012).
  if (user.mustChangePassword) redirect("/doi-mat-khau");
  const canManage = canSomewhere(user, "user:manage");
  const unread = await countUnreadNotifications();
  const roles = [...new Set(user.grants.map((g) => ROLE_LABELS[g.role]))].join(", ");
  const roleLine = `${roles}${user.agencyName ? ` · ${user.agencyName}` : ""}`;
  // The same places in the row (from sm up) and in a phone's menu.
  // Council staff follow their blocs from the overview (late items, caps): it comes first.
  const overview = canSomewhere(user, "overview:read") ? [{ href: "/tong-quan", label: "Tổng quan" }] : [];
  const places = [...overview, { href: "/khoi", label: "Các khối" }, ...(canManage ? [{ href: "/quan-tri/tai-khoan", label: "Quản trị", accent: true }] : [])];
  return (
    <div className="min-h-screen">
      <header className="no-print bg-brand-800 text-white">
        <div className="relative mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:py-3">
          <Link href="/" className="font-semibold tracking-wide">
            Thi đua khối
          </Link>
          <nav aria-label="Điều hướng chính" className="hidden items-center gap-4 text-sm sm:flex">
            {places.map((p) => (
              <Link key={p.href} href={p.href} className={`rounded px-3 py-1 ${"accent" in p ? "bg-white/10 hover:bg-white/20" : "hover:bg-white/10"}`}>
                {p.label}
              </Link>
            ))}
            <InboxLink unread={unread} />
            <span>
              <Link href="/tai-khoan" className="font-medium underline-offset-2 hover:underline" data-testid="user-name" title="Tài khoản của tôi">
                {user.name}
              </Link>
              <span className="ml-2 text-white/80">{roleLine}</span>
            </span>
            <SignOutButton />
          </nav>
          {/* A phone keeps the header to one row: the inbox beside a menu button holding the other links. */}
          <InboxLink unread={unread} className="ml-auto text-sm sm:hidden" />
          <MenuDisclosure label="Menu" tone="dark">
            <nav aria-label="Điều hướng chính" className="absolute inset-x-0 z-20 mt-2 border-t border-white/20 bg-brand-800 px-4 pb-4 pt-2 text-sm shadow-lg">
              <p className="py-2 text-white/80">
                <span className="font-medium text-white">{user.name}</span>
                <br />
                {roleLine}
              </p>
              <ul className="space-y-1">
                {places.map((p) => (
                  <li key={p.href}>
                    <Link href={p.href} className="block rounded px-2 py-2 hover:bg-white/10">
                      {p.label}
                    </Link>
                  </li>
                ))}
                <li>
                  <Link href="/tai-khoan" className="block rounded px-2 py-2 hover:bg-white/10">
                    Tài khoản của tôi
                  </Link>
                </li>
              </ul>
              <div className="mt-2">
                <SignOutButton />
              </div>
            </nav>
          </MenuDisclosure>
        </div>
      </header>
      {children}
    </div>
  );
}
