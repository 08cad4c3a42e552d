"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface SectionTab {
  /** Below the section's base path; "" is the section's overview. */
  path: string;
  label: string;
}

/** The pages of one workflow step, in the order people work through them. */
export function SectionTabs({ base, label, tabs }: { base: string; label: string; tabs: readonly SectionTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print mb-5">
      <ul className="-mx-4 flex flex-nowrap gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:px-0">
        {tabs.map((t) => {
          const href = `${base}${t.path}`;
          const active = t.path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={t.path} className="shrink-0">
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`inline-block whitespace-nowrap rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:border-stone-500"}`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
