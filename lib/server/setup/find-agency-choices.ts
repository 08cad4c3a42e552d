import "server-only";
import { compareVi } from "@/lib/format";
import { blocRegister } from "@/lib/server/agency-register/register-scope";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";

export interface AgencyChoice {
  id: string;
  name: string;
  /** The absorbed province the agency belongs to; null for the bloc's own province (or the central level). */
  province: string | null;
}

/**
 * Agencies that still exist at the start of `year`, for the "add a member"
 * and "successor" pickers: the register of the bloc's province and of every
 * province it absorbed (or the central register for a bloc without a
 * province, docs/decisions/0011). The bloc's own province first.
 */
export async function findAgencyChoices(blocId: string, year: number): Promise<AgencyChoice[]> {
  const user = await requireUser();
  authorize(user, "bloc:manage", { blocId }, { hidden: true });
  const bloc = await db().bloc.findUniqueOrThrow({ where: { id: blocId }, select: { provinceId: true } });
  const register = blocRegister(await provinceNodes(), bloc.provinceId);
  const agencies = await db().agency.findMany({
    where: { AND: [register.where, { OR: [{ dissolvedOn: null }, { dissolvedOn: { gt: new Date(Date.UTC(year, 0, 1)) } }] }] },
    select: { id: true, name: true, provinceId: true, province: { select: { name: true } } },
  });
  const own = (a: (typeof agencies)[number]) => a.provinceId === bloc.provinceId;
  return agencies
    .sort((a, b) => Number(own(b)) - Number(own(a)) || compareVi(a.province?.name ?? "", b.province?.name ?? "") || compareVi(a.name, b.name))
    .map((a) => ({ id: a.id, name: a.name, province: own(a) ? null : (a.province?.name ?? null) }));
}
