import Link from "next/link";

/**
 * The header's way to the inbox, with the unread count (one count query in the layout). Its name
 * comes from its text — "Thông báo", then the count for screen readers — so the visible words are
 * part of it (a voice user says what they see); the badge itself is drawn for the eye only.
 */
export function InboxLink({ unread, className = "" }: { unread: number; className?: string }) {
  const spoken = unread > 0 ? ` (${unread} chưa đọc)` : " (không có thông báo mới)";
  return (
    <Link href="/thong-bao" data-testid="inbox-link" className={`inline-flex items-center gap-1.5 rounded px-2 py-1 hover:bg-white/10 ${className}`}>
      <span>
        Thông báo<span className="sr-only">{spoken}</span>
      </span>
      {unread > 0 && (
        <span aria-hidden="true" data-testid="unread-count" className="min-w-5 rounded-full bg-amber-400 px-1.5 text-center text-xs font-bold text-stone-900">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
