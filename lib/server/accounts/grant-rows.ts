import "server-only";
import { isInForce } from "@/lib/domain/account-rules";
import { ROLES, type RoleName } from "@/lib/domain/roles";
import { compareVi, isoDay } from "@/lib/format";
import { CENTRAL_LABEL } from "./account-references";

/** One grant as the pages show it: the role, its scope in words, its days and whether it is in force today. */
export interface GrantRow {
  id: string;
  role: RoleName;
  scope: string;
  blocId: string | null;
  agencyId: string | null;
  provinceId: string | null;
  /** The province the scope lies in (null = central): whether the caller may take it back. */
  scopeProvinceId: string | null;
  startsOn: string | null;
  endsOn: string | null;
  inForce: boolean;
}

/** The relation fields a grant row is read with (one query with the accounts). */
export const GRANT_ROW_SELECT = {
  id: true,
  role: true,
  blocId: true,
  agencyId: true,
  provinceId: true,
  startsOn: true,
  endsOn: true,
  bloc: { select: { name: true, provinceId: true } },
  agency: { select: { name: true, provinceId: true } },
  province: { select: { name: true } },
} as const;

/** A grant row as GRANT_ROW_SELECT reads it. */
type GrantRecord = {
  id: string;
  role: string;
  blocId: string | null;
  agencyId: string | null;
  provinceId: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  bloc: { name: string; provinceId: string | null } | null;
  agency: { name: string; provinceId: string | null } | null;
  province: { name: string } | null;
};

/** A grant's scope in words, and the province it lies in (null = central). */
export function grantScopeOf(g: Pick<GrantRecord, "role" | "provinceId" | "bloc" | "agency" | "province">): { scope: string; scopeProvinceId: string | null } {
  return {
    scope: g.bloc?.name ?? g.agency?.name ?? g.province?.name ?? (g.role === "COUNCIL_STAFF" ? CENTRAL_LABEL : "Toàn hệ thống"),
    scopeProvinceId: g.bloc ? g.bloc.provinceId : g.agency ? g.agency.provinceId : g.provinceId,
  };
}

export function toGrantRow(g: GrantRecord, today: string): GrantRow {
  const role = g.role as RoleName;
  const { scope, scopeProvinceId } = grantScopeOf(g);
  const startsOn = g.startsOn && isoDay(g.startsOn);
  const endsOn = g.endsOn && isoDay(g.endsOn);
  return {
    id: g.id,
    role,
    scope,
    blocId: g.blocId,
    agencyId: g.agencyId,
    provinceId: g.provinceId,
    scopeProvinceId,
    startsOn,
    endsOn,
    inForce: isInForce({ startsOn, endsOn }, today),
  };
}

/** An account's grants as rows, in the order of ROLES, then by scope in Vietnamese order. */
export function toGrantRows(grants: readonly GrantRecord[], today: string): GrantRow[] {
  const order = (r: GrantRow) => ROLES.indexOf(r.role);
  return grants.map((g) => toGrantRow(g, today)).sort((a, b) => order(a) - order(b) || compareVi(a.scope, b.scope));
}
