import "server-only";
import { canSomewhere } from "@/lib/domain/permissions";
import { ROLES } from "@/lib/domain/roles";
import { compareVi } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountFilter } from "@/lib/schemas/accounts";
import { requireUser } from "@/lib/server/auth/current-user";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { CENTRAL_LABEL } from "./account-references";
import { managedAccountsWhere } from "./account-scope";
import { GRANT_ROW_SELECT, toGrantRow, type GrantRow } from "./grant-rows";

export const ACCOUNT_LIST_LIMIT = 500;

export interface AccountRow {
  id: string;
  name: string;
  title: string | null;
  email: string;
  phone: string | null;
  agency: string | null;
  province: string;
  isActive: boolean;
  /** A temporary password not yet changed. */
  mustChangePassword: boolean;
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
    select: {
      id: true,
      name: true,
      title: true,
      email: true,
      phone: true,
      isActive: true,
      mustChangePassword: true,
      agency: { select: { name: true } },
      province: { select: { name: true } },
      roles: { select: GRANT_ROW_SELECT },
    },
    orderBy: { name: "asc" },
    take: ACCOUNT_LIST_LIMIT + 1,
  });
  const today = todayInVietnam();
  const order = (r: { role: string; scope: string }) => ROLES.indexOf(r.role as (typeof ROLES)[number]);
  const list = rows.slice(0, ACCOUNT_LIST_LIMIT).map((u) => ({
    id: u.id,
    name: u.name,
    title: u.title,
    email: u.email,
    phone: u.phone,
    agency: u.agency?.name ?? null,
    province: u.province?.name ?? CENTRAL_LABEL,
    isActive: u.isActive,
    mustChangePassword: u.mustChangePassword,
    roles: u.roles.map((g) => toGrantRow(g, today)).sort((a, b) => order(a) - order(b) || compareVi(a.scope, b.scope)),
  }));
  list.sort((a, b) => compareVi(a.name, b.name) || a.email.localeCompare(b.email));
  return { rows: list, truncated: rows.length > ACCOUNT_LIST_LIMIT };
}
