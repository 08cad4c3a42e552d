import "server-only";
import { type AuditChange, auditDiff, readerIgnores } from "@/lib/domain/audit-diff";
import { isoDay, sortVi } from "@/lib/format";
import { day } from "@/lib/schemas/common";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditLogEntry {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  reason: string | null;
  changes: AuditChange[];
}

/** Who, what and when to show; days are Vietnam days, yyyy-mm-dd, both included. */
export interface AuditLogFilter {
  entity?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
  page?: number;
}

export interface AuditLogPage {
  entries: AuditLogEntry[];
  /** The entity types this bloc's log holds, for the filter. */
  entities: string[];
  /** The people who wrote to this bloc's log, by name (Vietnamese order), for the filter. */
  actors: { id: string; name: string }[];
  entity: string | null;
  actorId: string | null;
  /** The days kept, as given when they are real days (yyyy-mm-dd), else null. */
  from: string | null;
  to: string | null;
  page: number;
  pageCount: number;
  total: number;
}

/** A day typed in the filter (dd/MM/yyyy or yyyy-MM-dd) as yyyy-MM-dd when it is a real day, else null (no filter). */
function realDay(typed: string | null | undefined): string | null {
  const parsed = day("ngày").safeParse(typed ?? "");
  return parsed.success ? isoDay(parsed.data) : null;
}
const vietnamMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

/**
 * A bloc's audit log, newest first, 50 entries a page, optionally of one entity type, by one
 * person, between two days. Readable by the chair and council staff ("audit:read"); anyone else
 * gets NOT_FOUND (the log's existence is not told). Four queries.
 */
export async function findAuditLog(blocId: string, options: AuditLogFilter = {}): Promise<AuditLogPage> {
  const user = await requireUser();
  authorize(user, "audit:read", { blocId }, { hidden: true });
  const entity = options.entity?.trim() || null;
  const actorId = options.actorId?.trim() || null;
  const from = realDay(options.from);
  const to = realDay(options.to);
  const at =
    from || to ? { ...(from ? { gte: vietnamMidnight(from) } : {}), ...(to ? { lt: new Date(vietnamMidnight(to).getTime() + 86_400_000) } : {}) } : undefined;
  const where = { blocId, ...(entity ? { entity } : {}), ...(actorId ? { actorId } : {}), ...(at ? { at } : {}) };
  const [total, groups, writers] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.groupBy({ by: ["entity"], where: { blocId }, orderBy: { entity: "asc" } }),
    db().user.findMany({ where: { auditEntries: { some: { blocId } } }, select: { id: true, name: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db().auditLog.findMany({
    where,
    // id breaks ties between entries written in the same millisecond, so pages never overlap.
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, action: true, entity: true, entityId: true, reason: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return {
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorName: r.actor?.name ?? null,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      reason: r.reason,
      changes: auditDiff(r.before, r.after, readerIgnores(r.entity)),
    })),
    entities: groups.map((g) => g.entity),
    actors: sortVi(writers, (w) => w.name),
    entity,
    actorId,
    from,
    to,
    page,
    pageCount,
    total,
  };
}
