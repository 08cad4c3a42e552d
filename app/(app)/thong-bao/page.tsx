import type { Metadata } from "next";
import Link from "next/link";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { InboxList } from "@/components/notifications/inbox-list";
import { MarkAllReadForm } from "@/components/notifications/mark-read-forms";
import { EmptyState } from "@/components/ui/card";
import { InboxPageSchema } from "@/lib/schemas/notifications";
import { findNotifications } from "@/lib/server/notifications/find-notifications";
import { markAllReadAction, markReadAction } from "./actions";

export const metadata: Metadata = { title: "Thông báo" };

/** The signed-in user's own inbox: what happened to their work, newest first. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<{ trang?: string }> }) {
  const inbox = await findNotifications(InboxPageSchema.parse((await searchParams).trang));
  return (
    <main id="noi-dung" className="mx-auto max-w-4xl px-4 py-6">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-xl font-bold">Thông báo</h1>
        <p className="text-sm text-stone-600" data-testid="inbox-unread">
          {inbox.unread > 0 ? `${inbox.unread} thông báo chưa đọc` : "Không có thông báo chưa đọc"}
        </p>
      </div>
      {inbox.total === 0 ? (
        <EmptyState>Chưa có thông báo nào. Khi bảng điểm, bản đăng ký, đề nghị khen thưởng… của bạn có thay đổi, thông báo sẽ hiện ở đây.</EmptyState>
      ) : (
        <div className="grid gap-4">
          {inbox.unread > 0 && <MarkAllReadForm action={markAllReadAction} />}
          <InboxList items={inbox.items} markRead={markReadAction} />
          <AuditPagination base="/thong-bao" filter={{}} page={inbox.page} pageCount={inbox.pageCount} total={inbox.total} label="Phân trang thông báo" />
        </div>
      )}
      <p className="mt-6 text-sm text-stone-600">
        Chọn loại thông báo được gửi thêm qua e-mail tại{" "}
        <Link href="/tai-khoan#thong-bao-email" className="text-brand-700 underline underline-offset-2">
          Tài khoản của tôi
        </Link>
        .
      </p>
    </main>
  );
}
