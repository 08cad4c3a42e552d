import "server-only";
import { canSomewhere } from "@/lib/domain/permissions";
import { compareVi } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountFilter } from "@/lib/schemas/accounts";
import { requireUser } from "@/lib/server/auth/current-user";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { managedAccountsWhere } from "./account-scope";
import { ACCOUNT_SNAPSHOT_SELECT, snapshotOf, type AccountSnapshot } from "./account-snapshot";
import { GRANT_ROW_SELECT, toGrantRows, type GrantRow } from "./grant-rows";

export const ACCOUNT_LIST_LIMIT = 500;

export interface AccountRow extends AccountSnapshot {
  id: string;
  roles: GrantRow[];
}

/**
 * The accounts the caller manages (managedAccountsWhere), filtered by name or
 * e-mail, role and active state, sorted by Vietnamese name. One query with
 * its relations, whatever the number of rows; at most ACCOUNT_LIST_LIMIT rows
 * (`truncated` tells the page to ask for a narrower filter).
 */
export async function findAccounts(filter: AccountFilter = { q: null, role: null, active: null }): Promise<{ rows: AccountRow[]; truncated: boolean }> {
  const user = await requireUser();
  if (!canSomewhere(user, "user:manage")) throw new AppError("FORBIDDEN", "Chỉ cán bộ Hội đồng Thi đua – Khen thưởng và Quản trị hệ thống quản lý tài khoản.");
  const and: Prisma.UserWhereInput[] = [managedAccountsWhere(user)];
  if (filter.q) and.push({ OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q.toLowerCase() } }] });
  if (filter.role) and.push({ roles: { some: { role: filter.role } } });
  if (filter.active !== null) and.push({ isActive: filter.active });
  const rows = await db().user.findMany({
    where: { AND: and },
    select: { ...ACCOUNT_SNAPSHOT_SELECT, roles: { select: GRANT_ROW_SELECT } },
    orderBy: { name: "asc" },
    take: ACCOUNT_LIST_LIMIT + 1,
  });
  const today = todayInVietnam();
  const list: AccountRow[] = rows.slice(0, ACCOUNT_LIST_LIMIT).map((u) => ({ id: u.id, ...snapshotOf(u), roles: toGrantRows(u.roles, today) }));
  list.sort((a, b) => compareVi(a.name, b.name) || a.email.localeCompare(b.email));
  return { rows: list, truncated: rows.length > ACCOUNT_LIST_LIMIT };
}
