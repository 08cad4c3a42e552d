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
  // Activities and contests happen all year, beside the steps (docs/decisions/0038).
  // The register of numbers spans the documents of every step (docs/decisions/0044-document-numbers.md).
  const extras = [
    { path: "/hoat-dong", label: "Hoạt động, hội thi" },
    { path: "/so-van-ban", label: "Sổ văn bản" },
    ...(showAudit ? [{ path: "/nhat-ky", label: "Nhật ký" }] : []),
  ] as const;
  const sections = [...WORKFLOW_SECTIONS, ...extras];
  const steps = sections.map((s, i) => {
    const href = `${base}${s.path}`;
    return {
      href,
      label: s.label,
      // A step stays highlighted on its sub-pages; the overview only on itself.
      active: s.path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`),
      // The numbered steps of the year; the overview, activities and the audit log are not steps.
      number: i > 0 && i < WORKFLOW_SECTIONS.length ? i : undefined,
    };
  });
  const current = steps.find((s) => s.active);
  return (
    <nav aria-label="Các bước trong năm" className="no-print border-b border-stone-200 bg-white">
      {/* A phone: the current step and a menu of the others (a row of seven tabs took a third of the screen). */}
      <div className="px-4 py-2 sm:hidden">
        <MenuDisclosure label="Các bước" summary={current && <span className="font-semibold text-brand-800">{current.label}</span>}>
          <ol className="mt-2 space-y-1">
            {steps.map((s) => (
              <li key={s.href}>
                <StepLink {...s} block />
              </li>
            ))}
          </ol>
        </MenuDisclosure>
      </div>
      <ol className="mx-auto hidden max-w-6xl flex-wrap gap-1 px-4 sm:flex">
        {steps.map((s) => (
          <li key={s.href} className="shrink-0">
            <StepLink {...s} />
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
