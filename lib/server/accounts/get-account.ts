import "server-only";
import { auditDiff, NOISE_KEYS, type AuditChange } from "@/lib/domain/audit-diff";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { ACCOUNT_NOT_FOUND, managedAccountScope } from "./account-scope";
import { ACCOUNT_SNAPSHOT_SELECT, snapshotOf, type AccountSnapshot } from "./account-snapshot";
import { coversGrant } from "./grant-scope";
import { GRANT_ROW_SELECT, toGrantRows, type GrantRow } from "./grant-rows";

export const ACCOUNT_HISTORY_LIMIT = 100;

export interface AccountGrant extends GrantRow {
  /** Whether the caller covers the grant's scope (withdrawing is checked again on the server). */
  canWithdraw: boolean;
}

export interface AccountHistoryEntry {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  entity: string;
  /** For role entries: the role and its scope in words, from the snapshot. */
  subject: { roleLabel: string | null; scope: string | null } | null;
  changes: AuditChange[];
}

export interface AccountDetail extends AccountSnapshot {
  id: string;
  createdAt: Date;
  passwordChangedAt: Date | null;
  /** The version the edit form sends back (optimistic concurrency). */
  updatedAt: string;
  /** Whether this is the caller's own account (one may not deactivate oneself). */
  isSelf: boolean;
  roles: AccountGrant[];
  history: AccountHistoryEntry[];
}

// Ids and the holder's e-mail repeat what the page already says; the names beside them are shown.
const HIDDEN = [...NOISE_KEYS, "userId", "agencyId", "provinceId", "blocId", "roleLabel", "role", "scope", "email"];
const HIDDEN_ACCOUNT = [...NOISE_KEYS, "agencyId", "provinceId"];

/**
 * One account the caller manages (else NOT_FOUND), with its roles and its own
 * history: its audit rows (created, edited, imported, deactivated…), the
 * grants given and withdrawn (found by the holder named in their snapshot)
 * and reset links issued for it. Three queries.
 */
export async function getAccount(userId: string): Promise<AccountDetail> {
  const user = await requireUser();
  const target = await managedAccountScope(user, userId);
  authorize(user, "user:manage", target, { notFound: ACCOUNT_NOT_FOUND, hidden: true });
  const [row, audit] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: target.id },
      select: { ...ACCOUNT_SNAPSHOT_SELECT, createdAt: true, passwordChangedAt: true, roles: { select: GRANT_ROW_SELECT } },
    }),
    db().auditLog.findMany({
      where: {
        OR: [
          { entityId: target.id },
          { entity: { in: ["RoleAssignment", "PasswordResetToken"] }, after: { path: ["userId"], equals: target.id } },
          { entity: { in: ["RoleAssignment", "PasswordResetToken"] }, before: { path: ["userId"], equals: target.id } },
        ],
      },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: ACCOUNT_HISTORY_LIMIT,
      select: { id: true, at: true, action: true, entity: true, before: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  const today = todayInVietnam();
  const roles = toGrantRows(row.roles, today).map((g) => ({ ...g, canWithdraw: coversGrant(user, g.role, g.scopeProvinceId) }));
  return {
    id: row.id,
    ...snapshotOf(row),
    createdAt: row.createdAt,
    passwordChangedAt: row.passwordChangedAt,
    updatedAt: row.updatedAt.toISOString(),
    isSelf: row.id === user.userId,
    roles,
    history: audit.map((a) => {
      const snap = (a.after ?? a.before) as Record<string, unknown> | null;
      const isRole = a.entity === "RoleAssignment";
      return {
        id: a.id,
        at: a.at,
        actorName: a.actor?.name ?? null,
        action: a.action,
        entity: a.entity,
        subject: isRole
          ? { roleLabel: typeof snap?.roleLabel === "string" ? snap.roleLabel : null, scope: typeof snap?.scope === "string" ? snap.scope : null }
          : null,
        changes: auditDiff(a.before, a.after, isRole ? HIDDEN : HIDDEN_ACCOUNT),
      };
    }),
  };
}
