import { EmptyState } from "@/components/ui/card";
import { describeAuditValue } from "@/lib/domain/audit-diff";
import { formatMoment } from "@/lib/format";
import type { AccountHistoryEntry } from "@/lib/server/accounts/get-account";
import { HISTORY_FIELD_LABELS, historyActionLabel } from "./account-history-labels";
import { ScrollTable } from "@/components/ui/scroll-table";

/** The account's own history, newest first: when, who, what, and the fields it changed. */
export function AccountHistory({ entries, limit }: { entries: AccountHistoryEntry[]; limit: number }) {
  if (entries.length === 0) return <EmptyState>Chưa có thay đổi nào được ghi nhật ký cho tài khoản này.</EmptyState>;
  return (
    <>
      <ScrollTable caption="Lịch sử thay đổi của tài khoản, mới nhất trước">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th scope="col" className="py-2 pr-3 font-medium">
              Thời gian
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Người thực hiện
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Thao tác
            </th>
            <th scope="col" className="py-2 font-medium">
              Chi tiết
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const changes = e.changes.filter((c) => HISTORY_FIELD_LABELS[c.path]);
            return (
              <tr key={e.id} className="border-b border-stone-100 align-top last:border-0" data-testid="history-entry">
                <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{formatMoment(e.at)}</td>
                <td className="py-2 pr-3">{e.actorName ?? "Hệ thống"}</td>
                <td className="py-2 pr-3 font-medium">{historyActionLabel(e.action)}</td>
                <td className="py-2">
                  {e.subject?.roleLabel && (
                    <p>
                      {e.subject.roleLabel}
                      {e.subject.scope ? ` · ${e.subject.scope}` : ""}
                    </p>
                  )}
                  {changes.length > 0 && (
                    <dl className="space-y-0.5">
                      {changes.map((c) => (
                        <div key={c.path} className="flex flex-wrap gap-x-2">
                          <dt className="text-stone-600">{HISTORY_FIELD_LABELS[c.path]}:</dt>
                          <dd>
                            {c.kind !== "ADDED" && (
                              <span className="text-red-800 line-through decoration-red-300">
                                <span className="sr-only">Trước: </span>
                                {describeAuditValue(c.before)}
                              </span>
                            )}
                            {c.kind === "CHANGED" && <span aria-hidden="true"> → </span>}
                            {c.kind !== "REMOVED" && (
                              <span className="text-green-900">
                                <span className="sr-only">Sau: </span>
                                {describeAuditValue(c.after)}
                              </span>
                            )}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      {entries.length >= limit && <p className="mt-2 text-xs text-stone-500">Hiện {limit} thay đổi gần nhất.</p>}
    </>
  );
}
