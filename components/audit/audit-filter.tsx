import { inputClass } from "@/components/ui/field";
import type { AuditLogPage } from "@/lib/server/cycles/find-audit-log";
import { auditEntityLabel } from "@/lib/domain/audit-text";
import { DayInput } from "@/components/ui/day-input";

/**
 * Filter by what (entity type), who and when: a plain GET form, so it works without JavaScript
 * and the address can be shared. The query names are Vietnamese: loai, nguoi, tu, den.
 */
export function AuditFilter({ log }: { log: Pick<AuditLogPage, "entities" | "entity" | "actors" | "actorId" | "from" | "to"> }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Lọc nhật ký">
      <div>
        <label htmlFor="audit-entity" className="block text-sm font-medium">
          Loại đối tượng
        </label>
        <select id="audit-entity" name="loai" defaultValue={log.entity ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {log.entities.map((e) => (
            <option key={e} value={e}>
              {auditEntityLabel(e)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium">
          Người thực hiện
        </label>
        <select id="audit-actor" name="nguoi" defaultValue={log.actorId ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {log.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">
          Từ ngày
        </label>
        <DayInput id="audit-from" name="tu" defaultValue={log.from ?? ""} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">
          Đến ngày
        </label>
        <DayInput id="audit-to" name="den" defaultValue={log.to ?? ""} />
      </div>
      <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Lọc
      </button>
    </form>
  );
}

/** The filter of a log page as its address keeps it (for the page links). */
export function auditFilterQuery(log: Pick<AuditLogPage, "entity" | "actorId" | "from" | "to">): Record<string, string> {
  const q: Record<string, string> = {};
  if (log.entity) q.loai = log.entity;
  if (log.actorId) q.nguoi = log.actorId;
  if (log.from) q.tu = log.from;
  if (log.to) q.den = log.to;
  return q;
}
