import "server-only";
import { councilScopeOf } from "@/lib/domain/roles";
import type { SetAccountActiveInput } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ACCOUNT_NOT_FOUND, managedAccountScope } from "./account-scope";
import { ACCOUNT_SNAPSHOT_SELECT, snapshotOf } from "./account-snapshot";
import { enforceAccountInvariants } from "./role-invariants";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * Deactivates or reactivates an account the caller manages. A deactivated
 * account is refused at its next request: loadPrincipal returns null for it,
 * and its browser sessions are revoked here as well. Refused: deactivating
 * oneself, changing a system administrator's account unless one is one, and
 * deactivating the last active system administrator or a bloc's only active
 * Trưởng khối (checked after locking those grants; lib/domain/account-rules.ts).
 * Asking for the state the account is already in changes nothing.
 */
export async function setAccountActive(input: SetAccountActiveInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const target = await managedAccountScope(user, input.userId);
  authorize(user, "user:manage", target, { notFound: ACCOUNT_NOT_FOUND, hidden: true });
  if (!input.active && target.id === user.userId) {
    throw new AppError("INVALID_INPUT", "Bạn không thể cho tài khoản của chính mình ngừng hoạt động: hãy nhờ một cán bộ quản trị khác.");
  }
  await db().$transaction(async (tx) => {
    const roles = await tx.roleAssignment.findMany({ where: { userId: target.id, role: { in: ["ADMIN", "CHAIR"] } }, select: { role: true, blocId: true } });
    if (roles.some((r) => r.role === "ADMIN") && councilScopeOf(user) !== "all") {
      throw new AppError("FORBIDDEN", "Chỉ Quản trị hệ thống được cho ngừng hoạt động hoặc kích hoạt lại tài khoản Quản trị hệ thống.");
    }
    if (!input.active) {
      const chairBlocs = roles.filter((r) => r.role === "CHAIR" && r.blocId).map((r) => r.blocId as string);
      await enforceAccountInvariants(tx, { kind: "DEACTIVATE", userId: target.id }, chairBlocs);
    }
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${target.id} FOR UPDATE`;
    const before = await tx.user.findUniqueOrThrow({ where: { id: target.id }, select: ACCOUNT_SNAPSHOT_SELECT });
    stopIfChecking(step);
    if (before.isActive === input.active) return;
    await tx.user.update({ where: { id: target.id }, data: { isActive: input.active } });
    const revoked = input.active
      ? 0
      : (await tx.userSession.updateMany({ where: { userId: target.id, revokedAt: null }, data: { revokedAt: new Date() } })).count;
    await writeAudit(tx, {
      actorId: user.userId,
      action: input.active ? "account.reactivate" : "account.deactivate",
      entity: "User",
      entityId: target.id,
      before: snapshotOf(before),
      after: { ...snapshotOf({ ...before, isActive: input.active }), ...(input.active ? {} : { revokedSessions: revoked }) },
    });
  });
}
