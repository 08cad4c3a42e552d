import "server-only";
import type { GrantRoleInput } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { CHECK_FIELDS } from "./account-references";
import { ACCOUNT_NOT_FOUND, managedAccountScope } from "./account-scope";
import { duplicateGrantMessage, grantSnapshot, insertGrant, resolveGrant } from "./grant-scope";

/**
 * Gives an account the caller manages a role: council staff of a province
 * (null = the central level), a bloc role or an agency role, optionally from
 * and until given days. The caller must cover the role's scope (the bloc's or
 * agency's province, the council province; ADMIN: system administrators
 * only); a scope out of reach is FORBIDDEN and nothing is written. Reused by
 * the bloc set-up to name its secretary and chair among existing accounts.
 */
export async function grantRole(input: GrantRoleInput): Promise<{ grantId: string }> {
  const user = await requireUser();
  const target = await managedAccountScope(user, input.userId);
  authorize(user, "user:manage", target, { notFound: ACCOUNT_NOT_FOUND, hidden: true });
  const grant = await resolveGrant(db(), user, input);
  const duplicate = () => new AppError("INVALID_INPUT", CHECK_FIELDS, { role: [duplicateGrantMessage(grant)] });
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.roleAssignment.findFirst({ where: { userId: target.id, role: grant.role, ...grant.scope }, select: { id: true } })) throw duplicate();
      const grantId = await insertGrant(tx, target.id, grant);
      await writeAudit(tx, {
        actorId: user.userId,
        action: "role.assign",
        entity: "RoleAssignment",
        entityId: grantId,
        blocId: grant.auditBlocId,
        after: grantSnapshot({ ...grant, userId: target.id, email: target.email }),
      });
      return { grantId };
    });
  } catch (e) {
    // The same grant given twice at once: the unique key (NULLS NOT DISTINCT) keeps one.
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}
