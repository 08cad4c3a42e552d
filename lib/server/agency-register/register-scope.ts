import "server-only";
import { CAPABILITIES } from "@/lib/domain/permissions";
import { provinceFamily } from "@/lib/domain/provinces";
import { councilScopeOf } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import type { ProvinceNodeRow } from "@/lib/server/provinces/province-nodes";

/**
 * Which agencies a council member keeps in the register: those of the
 * provinces in their scope (their own and every province it absorbed), or
 * the central agencies (provinceId null) for central-level staff. A system
 * administrator keeps every agency (docs/decisions/0011).
 */
export function managedAgenciesWhere(user: CurrentUser): Prisma.AgencyWhereInput {
  const scope = registerScopeOf(user);
  if (scope === "all") return {};
  if (scope === null) return { id: { in: [] } };
  const or: Prisma.AgencyWhereInput[] = [{ provinceId: { in: [...scope.provinceIds] } }];
  if (scope.central) or.push({ provinceId: null });
  return { OR: or };
}

/** The council scope of the grants that carry "agency:manage" (the same reading as canInProvince). */
export function registerScopeOf(user: CurrentUser): ReturnType<typeof councilScopeOf> {
  return councilScopeOf({ ...user, grants: user.grants.filter((g) => CAPABILITIES[g.role]?.includes("agency:manage")) });
}

/** Why adding to a register is refused: "agency:manage" reaches only the provinces of one's scope (null = central). */
export const AGENCIES_IN_SCOPE_ONLY = "Bạn chỉ quản lý được cơ quan, đơn vị thuộc phạm vi tỉnh, thành phố của mình.";

export const AGENCY_NOT_FOUND = "Không tìm thấy cơ quan, đơn vị này trong phạm vi bạn quản lý.";

/**
 * The agencies a bloc chooses its members from: the register of the bloc's
 * province with every province it absorbed, or the central agencies for a
 * bloc without a province. `label` names it in messages.
 */
export function blocRegister(nodes: readonly ProvinceNodeRow[], provinceId: string | null): { where: Prisma.AgencyWhereInput; label: string } {
  if (provinceId === null) return { where: { provinceId: null }, label: "cấp Trung ương" };
  const name = nodes.find((n) => n.id === provinceId)?.name ?? "";
  return { where: { provinceId: { in: provinceFamily(nodes, provinceId) } }, label: name };
}
