"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

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
  return (
    <nav aria-label="Các bước trong năm" className="no-print border-b border-stone-200 bg-white">
      {/* One row that scrolls sideways on a phone (four wrapped rows took a third of the screen); wraps from sm up. */}
      <ol className="mx-auto flex max-w-6xl flex-nowrap gap-1 overflow-x-auto px-4 sm:flex-wrap">
        {sections.map((s, i) => {
          const href = `${base}${s.path}`;
          // A step stays highlighted on its sub-pages; the overview only on itself.
          const active = s.path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={s.path} className="shrink-0">
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`inline-block whitespace-nowrap border-b-2 px-3 py-3 text-sm ${active ? "border-brand-700 font-semibold text-brand-800" : "border-transparent text-stone-600 hover:text-stone-900"}`}
              >
                {i > 0 && s.path !== "/nhat-ky" && <span className="mr-1 text-stone-500">{i}.</span>}
                {s.label}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
