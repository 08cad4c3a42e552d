import "server-only";
import { canInProvince } from "@/lib/domain/permissions";
import type { AssignBlocRoleInput } from "@/lib/schemas/setup";
import { createAccount } from "@/lib/server/accounts/create-account";
import { grantRole } from "@/lib/server/accounts/grant-role";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";

/**
 * Council staff name a bloc's secretary, chair or an observer: an existing
 * account they manage, or a new one (with a temporary password returned once).
 * Both paths go through the accounts use cases, which check the caller's
 * scope, the role's scope and audit the change.
 */
export async function assignBlocRole(input: AssignBlocRoleInput): Promise<{ userId: string; temporaryPassword: string | null; name: string; email: string }> {
  const user = await requireUser();
  const bloc = await blocScope(input.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  if (!canInProvince(user, "user:manage", bloc.provinceId)) {
    throw new AppError("FORBIDDEN", "Chỉ cán bộ Hội đồng Thi đua – Khen thưởng phụ trách khối giao vai trò Thư ký khối, Trưởng khối.");
  }
  if (input.mode === "existing") {
    await grantRole({ userId: input.userId, role: input.role, blocId: bloc.blocId, agencyId: null, provinceId: null, startsOn: null, endsOn: null });
    const account = await db().user.findUnique({ where: { id: input.userId }, select: { name: true, email: true } });
    if (!account) throw new AppError("NOT_FOUND");
    return { userId: input.userId, temporaryPassword: null, ...account };
  }
  const created = await createAccount({
    name: input.name,
    title: input.title,
    email: input.email,
    agencyId: input.agencyId,
    phone: null,
    provinceId: bloc.provinceId,
    roles: [{ role: input.role, blocId: bloc.blocId }],
  });
  return { ...created, name: input.name, email: input.email };
}
