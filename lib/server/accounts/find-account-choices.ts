import "server-only";
import { canSomewhere } from "@/lib/domain/permissions";
import { councilScopeOf, ROLES, type RoleName } from "@/lib/domain/roles";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface ScopedChoice {
  id: string;
  code: string;
  name: string;
  /** The province's name; null = central. */
  province: string | null;
}

export interface AccountChoices {
  /** A system administrator (gives ADMIN, sees every province). */
  isAdmin: boolean;
  /** Whether the caller manages the central level. */
  central: boolean;
  /** Provinces in the caller's scope; those merged into another come last, their name saying so. */
  provinces: { id: string; name: string }[];
  /** Agencies in the caller's scope that have not been dissolved. */
  agencies: ScopedChoice[];
  blocs: ScopedChoice[];
  /** The roles the caller may give. */
  roles: RoleName[];
}

type ProvinceScoped = { OR?: ({ provinceId: { in: string[] } } | { provinceId: null })[] };

/** Rows of a table with a provinceId (agencies, blocs) in the caller's scope, null = central; null for no scope. */
export function inScopeWhere(user: CurrentUser): ProvinceScoped | null {
  const scope = councilScopeOf(user);
  if (scope === "all") return {};
  if (scope === null) return null;
  const or: NonNullable<ProvinceScoped["OR"]> = [{ provinceId: { in: [...scope.provinceIds] } }];
  if (scope.central) or.push({ provinceId: null });
  return { OR: or };
}

/**
 * What the account forms and the import template offer: the caller's
 * provinces (and the central level), the agencies and blocs of their scope,
 * the roles they may give. Sorted by Vietnamese name. Four queries.
 */
export async function findAccountChoices(): Promise<AccountChoices> {
  const user = await requireUser();
  if (!canSomewhere(user, "user:manage")) throw new AppError("FORBIDDEN", "Chỉ cán bộ Hội đồng Thi đua – Khen thưởng và Quản trị hệ thống quản lý tài khoản.");
  const scope = councilScopeOf(user);
  const where: ProvinceScoped = inScopeWhere(user) ?? { OR: [] };
  const today = new Date(`${todayInVietnam()}T00:00:00Z`);
  const [provinces, agencies, blocs] = await Promise.all([
    db().province.findMany({
      where: scope === "all" ? {} : { id: { in: scope === null ? [] : [...scope.provinceIds] } },
      select: { id: true, name: true, mergedInto: { select: { name: true } } },
    }),
    db().agency.findMany({
      where: { AND: [where, { OR: [{ dissolvedOn: null }, { dissolvedOn: { gt: today } }] }] },
      select: { id: true, code: true, name: true, province: { select: { name: true } } },
    }),
    db().bloc.findMany({ where, select: { id: true, code: true, name: true, province: { select: { name: true } } } }),
  ]);
  const choice = (r: { id: string; code: string; name: string; province: { name: string } | null }) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    province: r.province?.name ?? null,
  });
  const isAdmin = scope === "all";
  return {
    isAdmin,
    central: scope === "all" || (scope?.central ?? false),
    provinces: [
      ...sortVi(
        provinces.filter((p) => !p.mergedInto),
        (p) => p.name,
      ).map((p) => ({ id: p.id, name: p.name })),
      ...sortVi(
        provinces.filter((p) => p.mergedInto),
        (p) => p.name,
      ).map((p) => ({ id: p.id, name: `${p.name} (đã hợp nhất vào ${p.mergedInto!.name})` })),
    ],
    agencies: sortVi(agencies.map(choice), (a) => a.name),
    blocs: sortVi(blocs.map(choice), (b) => b.name),
    roles: ROLES.filter((r) => r !== "ADMIN" || isAdmin),
  };
}
