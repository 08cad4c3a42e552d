import { EmptyState } from "@/components/ui/card";
import { formatMoment } from "@/lib/format";
import type { AuditLogEntry } from "@/lib/server/cycles/find-audit-log";
import { AuditChanges } from "./audit-changes";
import { auditActionLabel, auditEntityLabel } from "@/lib/domain/audit-text";
import { ScrollTable } from "@/components/ui/scroll-table";

/** Audit entries, newest first: when, who, what, on which record, and what changed. */
export function AuditTable({ entries }: { entries: AuditLogEntry[] }) {
  if (entries.length === 0) return <EmptyState>Chưa có thay đổi nào được ghi nhật ký.</EmptyState>;
  return (
    <ScrollTable caption="Nhật ký thay đổi, mới nhất trước">
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
            Thay đổi
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-stone-100 align-top last:border-0" data-testid="audit-entry">
            <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{formatMoment(e.at)}</td>
            <td className="py-2 pr-3">{e.actorName ?? "Hệ thống"}</td>
            <td className="py-2 pr-3">
              <p className="font-medium">{auditActionLabel(e.action)}</p>
              <p className="text-stone-500">{auditEntityLabel(e.entity)}</p>
            </td>
            <td className="py-2">
              <AuditChanges changes={e.changes} entity={e.entity} />
              {e.reason && <p className="mt-1 text-stone-600">Lý do: {e.reason}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
