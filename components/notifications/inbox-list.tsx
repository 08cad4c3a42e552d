import Link from "next/link";
import { NOTIFICATION_KIND_INFO } from "@/lib/domain/notifications";
import type { ActionState } from "@/lib/forms/action-state";
import { formatMoment } from "@/lib/format";
import type { InboxItem } from "@/lib/server/notifications/find-notifications";
import { MarkReadForm } from "./mark-read-forms";

/** The inbox's notifications, newest first: unread ones stand out and can be marked read one by one. */
export function InboxList({ items, markRead }: { items: InboxItem[]; markRead: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Danh sách thông báo">
      {items.map((n) => (
        <li
          key={n.id}
          data-testid="notification"
          data-read={n.readAt ? "yes" : "no"}
          className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${n.readAt ? "" : "bg-amber-50"}`}
        >
          <div className="min-w-0">
            <p className="text-xs text-stone-600">
              {!n.readAt && <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 font-semibold text-stone-900">Chưa đọc</span>}
              {NOTIFICATION_KIND_INFO[n.kind].label} · {formatMoment(n.createdAt)}
            </p>
            <p className={`mt-1 text-sm ${n.readAt ? "text-stone-700" : "font-medium text-stone-900"}`}>{n.message}</p>
            {n.link && (
              <Link href={n.link} className="mt-1 inline-block text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800">
                Xem chi tiết
              </Link>
            )}
          </div>
          {!n.readAt && <MarkReadForm action={markRead} notificationId={n.id} about={n.message.slice(0, 80)} />}
        </li>
      ))}
    </ul>
  );
}
