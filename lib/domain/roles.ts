/**
 * The six roles (docs/decisions/0003-role-model.md). A role is granted with a
 * scope: ADMIN everywhere; SECRETARY, CHAIR and OBSERVER in one bloc;
 * AGENCY_LEADER and AGENCY_OFFICER for one agency, in every bloc that agency
 * belongs to.
 */
export const ROLES = ["ADMIN", "SECRETARY", "CHAIR", "AGENCY_LEADER", "AGENCY_OFFICER", "OBSERVER"] as const;
export type RoleName = (typeof ROLES)[number];

export const BLOC_ROLES: readonly RoleName[] = ["SECRETARY", "CHAIR", "OBSERVER"];
export const AGENCY_ROLES: readonly RoleName[] = ["AGENCY_LEADER", "AGENCY_OFFICER"];

export const ROLE_LABELS: Record<RoleName, string> = {
  ADMIN: "Quản trị (Hội đồng TĐKT)",
  SECRETARY: "Thư ký khối",
  CHAIR: "Trưởng khối",
  AGENCY_LEADER: "Thủ trưởng cơ quan",
  AGENCY_OFFICER: "Cán bộ thi đua",
  OBSERVER: "Người theo dõi",
};

/** One granted role, with the blocs it reaches already resolved. */
export interface Grant {
  role: RoleName;
  blocId: string | null;
  agencyId: string | null;
  /** For agency roles: the blocs the agency is a member of (any year). */
  agencyBlocIds: readonly string[];
}

export interface Principal {
  userId: string;
  agencyId: string | null;
  grants: readonly Grant[];
}

/** The blocs a principal may open at all; ADMIN sees every bloc (null). */
export function reachableBlocIds(principal: Principal): Set<string> | null {
  if (principal.grants.some((g) => g.role === "ADMIN")) return null;
  const ids = new Set<string>();
  for (const g of principal.grants) {
    if (g.blocId) ids.add(g.blocId);
    for (const b of g.agencyBlocIds) ids.add(b);
  }
  return ids;
}

export function rolesInBloc(principal: Principal, blocId: string): RoleName[] {
  const roles = new Set<RoleName>();
  for (const g of principal.grants) {
    if (g.role === "ADMIN" || g.blocId === blocId || g.agencyBlocIds.includes(blocId)) roles.add(g.role);
  }
  return ROLES.filter((r) => roles.has(r));
}
