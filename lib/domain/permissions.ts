import { councilScopeOf, scopeCoversProvince, type Grant, type Principal, type RoleName } from "./roles";

/**
 * Role → capability map, as data (house style: documenso / epic-stack).
 * An action ending in ":own" also needs the resource's agency to be the
 * grant's agency. The UI may use `can` to hide buttons; every use case on
 * the server calls it too, and scopes its queries as well.
 */
export const ACTIONS = [
  "bloc:read",
  "bloc:create",
  "bloc:manage",
  "cycle:manage",
  /** Open a year of the bloc (any year: history, the next one ahead) and set its calendar. */
  "calendar:manage",
  "phase:reopen",
  "pledge:manage",
  "registration:review",
  "registration:read-all",
  "registration:edit:own",
  "registration:submit:own",
  "signature:record:own",
  "progress:edit:own",
  "progress:read-all",
  "score:edit:own",
  "score:submit:own",
  "score:read-all",
  "score:verify",
  /** Verify the head's own agency, as a member of the deputy's agency (docs/domain/score-review.md#who-verifies). */
  "score:verify-head:own",
  /** Cross-scoring: enter this agency's scores of the other members (docs/domain/score-review.md#cross-scoring). */
  "score:cross:own",
  "objection:create:own",
  "objection:decide",
  "results:read",
  "results:publish",
  "meeting:manage",
  "vote:manage",
  "vote:cast:own",
  "nomination:edit:own",
  "nomination:read-all",
  "nomination:review",
  "decision:record",
  /** People and their award history (docs/decisions/0036): read every member agency's, import them for any member agency, or the own agency's. */
  "person:read-all",
  "person:manage",
  "person:edit:own",
  /** The role-model register (docs/decisions/0039): read the bloc's, keep every member's, or the own agency's. */
  "rolemodel:read",
  "rolemodel:manage",
  "rolemodel:edit:own",
  /** The bloc's joint activities and contests (docs/decisions/0038): any of them, or those the own agency organises. */
  "activity:manage",
  "activity:edit:own",
  "audit:read",
  /** Accounts and their roles, in the council's scope. */
  "user:manage",
  /** The province's register of agencies (independent of blocs, with lineage). */
  "agency:manage",
  /** Add, rename and merge provinces: system administrators only. */
  "province:manage",
  /** The council's overview of every bloc of a province (or of the central blocs) in a year. */
  "overview:read",
  /** A council's settings of a year across its blocs: the Cờ thi đua của Chính phủ cap (docs/decisions/0030). */
  "council-year:manage",
  /** Dispose of the bytes of files past their retention period, with a record (docs/decisions/0045). */
  "file:dispose",
] as const;
export type Action = (typeof ACTIONS)[number];

const SECRETARY: Action[] = [
  "bloc:read",
  "bloc:manage",
  "cycle:manage",
  "calendar:manage",
  "pledge:manage",
  "registration:review",
  "registration:read-all",
  "progress:read-all",
  "score:read-all",
  "results:read",
  "meeting:manage",
  "nomination:read-all",
  "person:read-all",
  "person:manage",
  "rolemodel:read",
  "rolemodel:manage",
  "activity:manage",
];

const OFFICER: Action[] = [
  "bloc:read",
  "registration:edit:own",
  "signature:record:own",
  "progress:edit:own",
  "score:edit:own",
  "score:cross:own",
  "objection:create:own",
  "nomination:edit:own",
  "person:edit:own",
  "rolemodel:read",
  "rolemodel:edit:own",
  "activity:edit:own",
  "results:read",
];

// Council staff set blocs up (any year, members, officers, calendar, their
// secretary and chair), follow them read-only afterwards, record the
// authority's decisions and keep the accounts and agencies of their scope.
const COUNCIL: Action[] = [
  "bloc:read",
  "bloc:create",
  "bloc:manage",
  "calendar:manage",
  "registration:read-all",
  "progress:read-all",
  "score:read-all",
  "results:read",
  "nomination:read-all",
  "person:read-all",
  "rolemodel:read",
  "decision:record",
  "audit:read",
  "user:manage",
  "agency:manage",
  "overview:read",
  "council-year:manage",
  "file:dispose",
];

export const CAPABILITIES: Record<RoleName, readonly Action[]> = {
  // The system administrator: everything council staff do, everywhere, and the provinces.
  ADMIN: [...COUNCIL, "province:manage"],
  COUNCIL_STAFF: COUNCIL,
  SECRETARY,
  CHAIR: [...SECRETARY, "phase:reopen", "score:verify", "objection:decide", "results:publish", "vote:manage", "nomination:review", "audit:read"],
  AGENCY_LEADER: [...OFFICER, "registration:submit:own", "score:submit:own", "score:verify-head:own", "vote:cast:own"],
  AGENCY_OFFICER: OFFICER,
  OBSERVER: ["bloc:read", "results:read"],
};

export interface Resource {
  blocId: string;
  /** The agency that owns the resource, derived on the server from its id. */
  agencyId?: string | null;
}

function grantReaches(grant: Grant, action: Action, resource: Resource): boolean {
  if (!CAPABILITIES[grant.role]?.includes(action)) return false; // unknown role: no access
  if (grant.role === "ADMIN") return true;
  if (grant.role === "COUNCIL_STAFF") return !action.endsWith(":own") && grant.scopeBlocIds.includes(resource.blocId);
  if (grant.blocId !== null) return grant.blocId === resource.blocId && !action.endsWith(":own");
  if (grant.agencyId === null || !grant.scopeBlocIds.includes(resource.blocId)) return false;
  return !action.endsWith(":own") || resource.agencyId === grant.agencyId;
}

export function can(principal: Principal | null, action: Action, resource: Resource): boolean {
  if (!principal) return false;
  return principal.grants.some((g) => grantReaches(g, action, resource));
}

/**
 * Council work that belongs to a province rather than a bloc (creating a bloc,
 * keeping accounts and agencies): a system administrator anywhere, council
 * staff in their provinces (provinceId null = the central level).
 */
export function canInProvince(principal: Principal | null, action: Action, provinceId: string | null): boolean {
  if (!principal) return false;
  const holders = principal.grants.filter((g) => CAPABILITIES[g.role]?.includes(action));
  if (holders.some((g) => g.role === "ADMIN")) return true;
  return scopeCoversProvince(councilScopeOf({ ...principal, grants: holders.filter((g) => g.role === "COUNCIL_STAFF") }), provinceId);
}

/** Whether any of the principal's grants carries the action somewhere: for showing links only. */
export function canSomewhere(principal: Principal | null, action: Action): boolean {
  return !!principal?.grants.some((g) => CAPABILITIES[g.role]?.includes(action));
}
