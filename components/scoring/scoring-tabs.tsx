"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The scoring half of the year, in the order people work through it (issue 4). The
 * verification step is either thẩm định or chấm chéo, whichever the year uses.
 */
export function ScoringTabs({ base, scoringMode }: { base: string; scoringMode: string | null }) {
  const pathname = usePathname();
  const tabs = [
    { path: "", label: "Tổng quan" },
    { path: "/tieu-chi", label: "Bảng tiêu chí" },
    { path: "/tu-cham", label: "Tự chấm" },
    scoringMode === "CROSS_SCORING" ? { path: "/cham-cheo", label: "Chấm chéo" } : { path: "/tham-dinh", label: "Thẩm định" },
    { path: "/khieu-nai", label: "Khiếu nại" },
    { path: "/ket-qua", label: "Kết quả hiện hành" },
    { path: "/cong-bo", label: "Công bố" },
    { path: "/quy-tac", label: "Quy tắc xếp loại" },
  ];
  return (
    <nav aria-label="Các bước chấm điểm" className="no-print mb-5">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((t) => {
          const href = `${base}${t.path}`;
          const active = t.path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={t.path}>
              <Link href={href} aria-current={active ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:border-stone-500"}`}>
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
