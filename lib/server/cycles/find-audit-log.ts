import "server-only";
import { type AuditChange, auditDiff } from "@/lib/domain/audit-diff";
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

export interface AuditLogPage {
  entries: AuditLogEntry[];
  /** The entity types this bloc's log holds, for the filter. */
  entities: string[];
  entity: string | null;
  page: number;
  pageCount: number;
  total: number;
}

/**
 * A bloc's audit log, newest first, 50 entries a page, optionally one entity
 * type only. Readable by the chair and council staff ("audit:read"); anyone
 * else gets NOT_FOUND (the log's existence is not told). Three queries.
 */
export async function findAuditLog(blocId: string, options: { entity?: string | null; page?: number } = {}): Promise<AuditLogPage> {
  const user = await requireUser();
  authorize(user, "audit:read", { blocId }, { hidden: true });
  const entity = options.entity?.trim() || null;
  const where = { blocId, ...(entity ? { entity } : {}) };
  const [total, groups] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.groupBy({ by: ["entity"], where: { blocId }, orderBy: { entity: "asc" } }),
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
      changes: auditDiff(r.before, r.after),
    })),
    entities: groups.map((g) => g.entity),
    entity,
    page,
    pageCount,
    total,
  };
}
