import "server-only";
import type { RoleName } from "@/lib/domain/roles";
import type { WithdrawRoleInput } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ACCOUNT_NOT_FOUND, managedAccountScope } from "./account-scope";
import { GRANT_ROW_SELECT, grantScopeOf } from "./grant-rows";
import { ADMIN_ONLY, coversGrant, grantSnapshot } from "./grant-scope";
import { enforceAccountInvariants } from "./role-invariants";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const NOT_FOUND = "Không tìm thấy vai trò này (có thể đã được thu hồi).";

/**
 * Takes a role back: the grant is deleted and audited with its state before.
 * The caller manages the account and covers the grant's scope (ADMIN: system
 * administrators only). Withdrawing the last ADMIN grant of the system, or
 * the last Trưởng khối of a bloc, is refused (CONFLICT) after locking those
 * grants, so two staff cannot race past the rule (lib/domain/account-rules.ts).
 */
export async function withdrawRole(input: WithdrawRoleInput, step: Step = "write"): Promise<void> {
  await requireUser();
  const grant = await db().roleAssignment.findUnique({
    where: { id: input.grantId },
    select: { ...GRANT_ROW_SELECT, userId: true },
  });
  if (!grant) throw new AppError("NOT_FOUND", NOT_FOUND);
  const user = await requireUser();
  const target = await managedAccountScope(user, grant.userId);
  authorize(user, "user:manage", target, { notFound: ACCOUNT_NOT_FOUND, hidden: true });
  const role = grant.role as RoleName;
  const { scope: scopeLabel, scopeProvinceId } = grantScopeOf(grant);
  if (!coversGrant(user, role, scopeProvinceId)) {
    throw new AppError(
      "FORBIDDEN",
      role === "ADMIN" ? ADMIN_ONLY : "Vai trò này thuộc phạm vi bạn không quản lý: bạn chỉ thu hồi được vai trò trong tỉnh, thành phố của mình.",
    );
  }

  await db().$transaction(async (tx) => {
    if (role === "ADMIN" || role === "CHAIR") {
      await enforceAccountInvariants(tx, { kind: "WITHDRAW", grantId: grant.id }, grant.blocId ? [grant.blocId] : []);
    }
    stopIfChecking(step);
    const { count } = await tx.roleAssignment.deleteMany({ where: { id: grant.id } });
    if (count === 0) throw new AppError("CONFLICT", NOT_FOUND);
    await writeAudit(tx, {
      actorId: user.userId,
      action: "role.withdraw",
      entity: "RoleAssignment",
      entityId: grant.id,
      blocId: grant.blocId,
      before: grantSnapshot({
        userId: target.id,
        email: target.email,
        role,
        scope: { blocId: grant.blocId, agencyId: grant.agencyId, provinceId: grant.provinceId },
        scopeLabel,
        startsOn: grant.startsOn,
        endsOn: grant.endsOn,
      }),
    });
  });
}
