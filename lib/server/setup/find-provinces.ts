import "server-only";
import { canInProvince } from "@/lib/domain/permissions";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

export interface ProvinceChoice {
  id: string;
  name: string;
}

/**
 * The provinces a bloc may be placed in by this user: every province for a
 * system administrator, the council member's own provinces (with those they
 * absorbed, for recording history) otherwise. Current provinces first.
 * `keep`: the bloc's present province, always offered so its form can be
 * saved unchanged by a secretary who may not move the bloc.
 */
export async function findProvinces(keep?: string | null): Promise<ProvinceChoice[]> {
  const user = await requireUser();
  const rows = await db().province.findMany({ select: { id: true, name: true, mergedInto: { select: { name: true } } } });
  const allowed = rows.filter((p) => p.id === keep || canInProvince(user, "bloc:create", p.id));
  return [
    ...sortVi(
      allowed.filter((p) => !p.mergedInto),
      (p) => p.name,
    ).map((p) => ({ id: p.id, name: p.name })),
    ...sortVi(
      allowed.filter((p) => p.mergedInto),
      (p) => p.name,
    ).map((p) => ({ id: p.id, name: `${p.name} (đã hợp nhất vào ${p.mergedInto!.name})` })),
  ];
}
