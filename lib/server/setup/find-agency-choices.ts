import "server-only";
import { can } from "@/lib/domain/permissions";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface AgencyChoice {
  id: string;
  name: string;
  province: string | null;
}

/**
 * Agencies that still exist at the start of `year`, for the "add a member"
 * and "successor" pickers. The bloc's own province first, then the rest.
 */
export async function findAgencyChoices(blocId: string, year: number): Promise<AgencyChoice[]> {
  const user = await requireUser();
  if (!can(user, "bloc:manage", { blocId })) throw new AppError("NOT_FOUND");
  const bloc = await db().bloc.findUniqueOrThrow({ where: { id: blocId }, select: { provinceId: true } });
  const agencies = await db().agency.findMany({
    where: { OR: [{ dissolvedOn: null }, { dissolvedOn: { gt: new Date(Date.UTC(year, 0, 1)) } }] },
    select: { id: true, name: true, provinceId: true, province: { select: { name: true } } },
  });
  const sorted = sortVi(agencies, (a) => a.name);
  const own = sorted.filter((a) => a.provinceId === bloc.provinceId);
  const others = sorted.filter((a) => a.provinceId !== bloc.provinceId);
  return [...own, ...others].map((a) => ({ id: a.id, name: a.name, province: a.province?.name ?? null }));
}
