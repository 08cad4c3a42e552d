import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  blocId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** JSON-safe copy: Decimals and Dates become strings, undefined is dropped. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Writes an audit row inside the caller's transaction, so the change and its
 * record commit together. Never pass ballot content here (docs/decisions/0006-ballot-secrecy.md).
 */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      blocId: entry.blocId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      reason: entry.reason ?? null,
    },
  });
}
