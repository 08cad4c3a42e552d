import Link from "next/link";

const PAGES = [
  { key: "tong-quan", path: "", label: "Tổng quan thiết lập" },
  { key: "khoi", path: "/khoi", label: "Thông tin khối" },
  { key: "thanh-vien", path: "/thanh-vien", label: "Cơ quan thành viên" },
  { key: "truong-khoi", path: "/truong-khoi", label: "Trưởng khối, Phó khối" },
  { key: "lich", path: "/lich", label: "Lịch các giai đoạn" },
  { key: "chuong-trinh", path: "/chuong-trinh", label: "Chương trình, nhiệm vụ" },
] as const;

/** Links between the set-up pages of one bloc and year. */
export function SetupNav({ base, current }: { base: string; current: (typeof PAGES)[number]["key"] }) {
  return (
    <nav aria-label="Các mục thiết lập khối" className="no-print">
      <ul className="flex flex-wrap gap-2 text-sm">
        {PAGES.map((p) => (
          <li key={p.key}>
            <Link
              href={`${base}${p.path}`}
              aria-current={p.key === current ? "page" : undefined}
              className={`inline-block rounded border px-3 py-1 ${p.key === current ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
