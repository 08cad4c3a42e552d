import "server-only";
import { councilScopeOf } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";

/**
 * Which accounts a council member manages: those whose managing province
 * (User.provinceId) is in their scope, with null meaning the central level.
 * A system administrator manages every account (docs/decisions/0010).
 * An account holding ADMIN is managed by system administrators only: council
 * staff who could edit, deactivate or issue a reset link for it could take
 * over a role they may not give (docs/decisions/0003-role-model.md).
 */
export function managedAccountsWhere(user: CurrentUser): Prisma.UserWhereInput {
  const scope = councilScopeOf(user);
  if (scope === "all") return {};
  if (scope === null) return { id: { in: [] } };
  const or: Prisma.UserWhereInput[] = [{ provinceId: { in: [...scope.provinceIds] } }];
  if (scope.central) or.push({ provinceId: null });
  return { AND: [{ OR: or }, { roles: { none: { role: "ADMIN" } } }] };
}

/** Why creating an account is refused: "user:manage" reaches only the provinces of one's scope (null = central). */
export const ACCOUNTS_IN_SCOPE_ONLY = "Bạn chỉ quản lý được tài khoản thuộc phạm vi tỉnh, thành phố của mình.";

export const ACCOUNT_NOT_FOUND = "Không tìm thấy tài khoản này trong phạm vi bạn quản lý.";

/**
 * An account the user manages, as a province scope for `authorize` ("user:manage", hidden: an
 * account out of their scope is NOT_FOUND, its existence not told, like a bloc); null when none.
 */
export function managedAccountScope(user: CurrentUser, userId: string): Promise<{ id: string; provinceId: string | null; email: string } | null> {
  return db().user.findFirst({ where: { AND: [{ id: userId }, managedAccountsWhere(user)] }, select: { id: true, provinceId: true, email: true } });
}
