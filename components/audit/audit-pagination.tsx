import Link from "next/link";

/** Previous / next page links that keep the filter (auditFilterQuery). */
export function AuditPagination({
  base,
  filter,
  page,
  pageCount,
  total,
  label = "Phân trang nhật ký",
}: {
  base: string;
  filter: Record<string, string>;
  page: number;
  pageCount: number;
  total: number;
  label?: string;
}) {
  if (pageCount <= 1) return <p className="text-sm text-stone-600">{total} mục.</p>;
  const href = (p: number) => {
    const q = new URLSearchParams(filter);
    if (p > 1) q.set("trang", String(p));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const link = "rounded border border-stone-300 px-3 py-1 hover:bg-stone-100";
  return (
    <nav aria-label={label} className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link}>
          ← Trang trước
        </Link>
      ) : (
        <span className="px-3 py-1 text-stone-500">← Trang trước</span>
      )}
      <span aria-current="page">
        Trang {page}/{pageCount} ({total} mục)
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link}>
          Trang sau →
        </Link>
      ) : (
        <span className="px-3 py-1 text-stone-500">Trang sau →</span>
      )}
    </nav>
  );
}
