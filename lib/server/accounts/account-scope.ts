import "server-only";
import { canInProvince } from "@/lib/domain/permissions";
import { councilScopeOf } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

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

/** The signed-in council member, who may manage accounts of `provinceId` (null = central level). */
export async function requireAccountManagerIn(provinceId: string | null): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canInProvince(user, "user:manage", provinceId)) {
    throw new AppError("FORBIDDEN", "Bạn chỉ quản lý được tài khoản thuộc phạm vi tỉnh, thành phố của mình.");
  }
  return user;
}

/**
 * The signed-in council member and an account they manage. An account out of
 * their scope is NOT_FOUND (its existence is not told), like a bloc.
 */
export async function requireManagedAccount(userId: string): Promise<{ user: CurrentUser; target: { id: string; provinceId: string | null; email: string } }> {
  const user = await requireUser();
  const target = await db().user.findFirst({ where: { AND: [{ id: userId }, managedAccountsWhere(user)] }, select: { id: true, provinceId: true, email: true } });
  if (!target || !canInProvince(user, "user:manage", target.provinceId)) throw new AppError("NOT_FOUND", "Không tìm thấy tài khoản này trong phạm vi bạn quản lý.");
  return { user, target };
}
