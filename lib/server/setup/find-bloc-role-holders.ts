import "server-only";
import { can, canInProvince } from "@/lib/domain/permissions";
import { BLOC_ROLES, type RoleName } from "@/lib/domain/roles";
import { compareVi, isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { managedAccountsWhere } from "@/lib/server/accounts/account-scope";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface BlocRoleHolder {
  grantId: string;
  role: RoleName;
  userId: string;
  name: string;
  email: string;
  agency: string | null;
  isActive: boolean;
  startsOn: string | null;
  endsOn: string | null;
}

export interface BlocRoles {
  holders: BlocRoleHolder[];
  /** Council staff of the bloc's province (user:manage there) may name holders. */
  canAssign: boolean;
  /** For the "existing account" picker: active accounts the caller manages (empty unless canAssign). */
  accounts: { id: string; name: string; email: string }[];
  /** For a new account's agency: the bloc's members in the year. */
  members: { id: string; name: string }[];
}

/**
 * Who holds the bloc's own roles (secretary, chair, observers), and for
 * council staff the accounts they may name. Three queries at most.
 */
export async function findBlocRoleHolders(blocId: string, year: number): Promise<BlocRoles> {
  const user = await requireUser();
  const bloc = await db().bloc.findUnique({ where: { id: blocId }, select: { id: true, provinceId: true } });
  if (!bloc) throw new AppError("NOT_FOUND");
  authorize(user, "bloc:read", { blocId: bloc.id });
  const canAssign = canInProvince(user, "user:manage", bloc.provinceId) && can(user, "bloc:manage", { blocId: bloc.id });
  const [grants, accounts, members] = await Promise.all([
    db().roleAssignment.findMany({
      where: { blocId: bloc.id, role: { in: [...BLOC_ROLES] } },
      select: {
        id: true,
        role: true,
        startsOn: true,
        endsOn: true,
        user: { select: { id: true, name: true, email: true, isActive: true, agency: { select: { name: true } } } },
      },
    }),
    canAssign
      ? db().user.findMany({ where: { AND: [managedAccountsWhere(user), { isActive: true }] }, select: { id: true, name: true, email: true }, take: 2000 })
      : Promise.resolve([]),
    canAssign ? db().membership.findMany({ where: { blocId: bloc.id, year }, select: { agency: { select: { id: true, name: true } } } }) : Promise.resolve([]),
  ]);
  const order = (r: RoleName) => BLOC_ROLES.indexOf(r);
  return {
    holders: grants
      .map((g) => ({
        grantId: g.id,
        role: g.role as RoleName,
        userId: g.user.id,
        name: g.user.name,
        email: g.user.email,
        agency: g.user.agency?.name ?? null,
        isActive: g.user.isActive,
        startsOn: g.startsOn ? isoDay(g.startsOn) : null,
        endsOn: g.endsOn ? isoDay(g.endsOn) : null,
      }))
      .sort((a, b) => order(a.role) - order(b.role) || compareVi(a.name, b.name)),
    canAssign,
    accounts: accounts.sort((a, b) => compareVi(a.name, b.name)),
    members: members.map((m) => m.agency).sort((a, b) => compareVi(a.name, b.name)),
  };
}
