"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { MenuDisclosure } from "./menu-disclosure";

// Navigation by the steps of the yearly workflow (docs/domain/yearly-cycle.md#phases).
export const WORKFLOW_SECTIONS = [
  { path: "", label: "Tổng quan" },
  { path: "/thiet-lap", label: "Thiết lập khối" },
  { path: "/dang-ky", label: "Đăng ký & giao ước" },
  { path: "/cham-diem", label: "Chấm điểm" },
  { path: "/tong-ket", label: "Tổng kết & bình xét" },
  { path: "/khen-thuong", label: "Khen thưởng" },
] as const;

export function WorkflowNav({ base, showAudit = false }: { base: string; showAudit?: boolean }) {
  const pathname = usePathname();
  const sections = showAudit ? [...WORKFLOW_SECTIONS, { path: "/nhat-ky", label: "Nhật ký" } as const] : WORKFLOW_SECTIONS;
  // A step stays highlighted on its sub-pages; the overview only on itself.
  const isActive = (path: string) => {
    const href = `${base}${path}`;
    return path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  };
  const current = sections.find((s) => isActive(s.path));
  return (
    <nav aria-label="Các bước trong năm" className="no-print border-b border-stone-200 bg-white">
      {/* A phone: the current step and a menu of the others (a row of seven tabs took a third of the screen). */}
      <div className="px-4 py-2 sm:hidden">
        <MenuDisclosure label="Các bước" summary={current && <span className="font-semibold text-brand-800">{current.label}</span>}>
          <ol className="mt-2 space-y-1">
            {sections.map((s, i) => (
              <li key={s.path}>
                <StepLink href={`${base}${s.path}`} active={isActive(s.path)} number={i > 0 && s.path !== "/nhat-ky" ? i : undefined} label={s.label} block />
              </li>
            ))}
          </ol>
        </MenuDisclosure>
      </div>
      <ol className="mx-auto hidden max-w-6xl flex-wrap gap-1 px-4 sm:flex">
        {sections.map((s, i) => (
          <li key={s.path} className="shrink-0">
            <StepLink href={`${base}${s.path}`} active={isActive(s.path)} number={i > 0 && s.path !== "/nhat-ky" ? i : undefined} label={s.label} />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function StepLink({ href, active, number, label, block = false }: { href: string; active: boolean; number?: number; label: string; block?: boolean }) {
  const look = block
    ? `block rounded px-2 py-2 ${active ? "bg-brand-50 font-semibold text-brand-800" : "text-stone-700 hover:bg-stone-100"}`
    : `inline-block whitespace-nowrap border-b-2 px-3 py-3 ${active ? "border-brand-700 font-semibold text-brand-800" : "border-transparent text-stone-600 hover:text-stone-900"}`;
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={`text-sm ${look}`}>
      {number !== undefined && <span className="mr-1 text-stone-500">{number}.</span>}
      {label}
    </Link>
  );
}
