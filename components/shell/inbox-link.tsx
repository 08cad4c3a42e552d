import Link from "next/link";

/** The header's way to the inbox, with the unread count (one count query in the layout). */
export function InboxLink({ unread, className = "" }: { unread: number; className?: string }) {
  const label = unread > 0 ? `Thông báo: ${unread} chưa đọc` : "Thông báo: không có thông báo chưa đọc";
  return (
    <Link
      href="/thong-bao"
      aria-label={label}
      title={label}
      data-testid="inbox-link"
      className={`inline-flex items-center gap-1.5 rounded px-2 py-1 hover:bg-white/10 ${className}`}
    >
      <span aria-hidden="true">Thông báo</span>
      {unread > 0 && (
        <span aria-hidden="true" data-testid="unread-count" className="min-w-5 rounded-full bg-amber-400 px-1.5 text-center text-xs font-bold text-stone-900">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
