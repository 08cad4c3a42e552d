/**
 * The seven roles (docs/decisions/0003-role-model.md, 0010). A role is granted
 * with a scope: ADMIN (system administrator) everywhere; COUNCIL_STAFF in one
 * province and the provinces it absorbed, or at the central level;
 * SECRETARY, CHAIR and OBSERVER in one bloc; AGENCY_LEADER and AGENCY_OFFICER
 * for one agency, in every bloc that agency belongs to.
 */
export const ROLES = ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR", "AGENCY_LEADER", "AGENCY_OFFICER", "OBSERVER"] as const;
export type RoleName = (typeof ROLES)[number];

export const COUNCIL_ROLES: readonly RoleName[] = ["ADMIN", "COUNCIL_STAFF"];
export const BLOC_ROLES: readonly RoleName[] = ["SECRETARY", "CHAIR", "OBSERVER"];
export const AGENCY_ROLES: readonly RoleName[] = ["AGENCY_LEADER", "AGENCY_OFFICER"];

export const ROLE_LABELS: Record<RoleName, string> = {
  ADMIN: "Quản trị hệ thống",
  COUNCIL_STAFF: "Cán bộ Hội đồng TĐKT",
  SECRETARY: "Thư ký khối",
  CHAIR: "Trưởng khối",
  AGENCY_LEADER: "Thủ trưởng cơ quan",
  AGENCY_OFFICER: "Cán bộ thi đua",
  OBSERVER: "Người theo dõi",
};

/** Where council staff work: provinces (with those they absorbed) and/or the central level. */
export interface CouncilScope {
  provinceIds: readonly string[];
  central: boolean;
}

/** One granted role, with the blocs it reaches already resolved. */
export interface Grant {
  role: RoleName;
  blocId: string | null;
  agencyId: string | null;
  /**
   * The blocs reached through the grant's scope: for agency roles, the blocs
   * the agency is a member of (any year); for council staff, the blocs of
   * their provinces (or the central blocs). Empty for the other roles.
   */
  scopeBlocIds: readonly string[];
  /** Council staff only: the provinces they manage. */
  council?: CouncilScope;
}

export interface Principal {
  userId: string;
  agencyId: string | null;
  grants: readonly Grant[];
}

/**
 * Where a principal acts as council staff: "all" for a system administrator,
 * the union of their COUNCIL_STAFF scopes otherwise, null for everyone else.
 */
export function councilScopeOf(principal: Principal): "all" | CouncilScope | null {
  if (principal.grants.some((g) => g.role === "ADMIN")) return "all";
  const scopes = principal.grants.filter((g) => g.role === "COUNCIL_STAFF" && g.council).map((g) => g.council as CouncilScope);
  if (scopes.length === 0) return null;
  return { provinceIds: [...new Set(scopes.flatMap((s) => s.provinceIds))], central: scopes.some((s) => s.central) };
}

/** Whether a council scope covers a province (null = the central level). */
export function scopeCoversProvince(scope: "all" | CouncilScope | null, provinceId: string | null): boolean {
  if (scope === null) return false;
  if (scope === "all") return true;
  return provinceId === null ? scope.central : scope.provinceIds.includes(provinceId);
}

/** The blocs a principal may open at all; ADMIN sees every bloc (null). */
export function reachableBlocIds(principal: Principal): Set<string> | null {
  if (principal.grants.some((g) => g.role === "ADMIN")) return null;
  const ids = new Set<string>();
  for (const g of principal.grants) {
    if (g.blocId) ids.add(g.blocId);
    for (const b of g.scopeBlocIds) ids.add(b);
  }
  return ids;
}

export function rolesInBloc(principal: Principal, blocId: string): RoleName[] {
  const roles = new Set<RoleName>();
  for (const g of principal.grants) {
    if (g.role === "ADMIN" || g.blocId === blocId || g.scopeBlocIds.includes(blocId)) roles.add(g.role);
  }
  return ROLES.filter((r) => roles.has(r));
}
