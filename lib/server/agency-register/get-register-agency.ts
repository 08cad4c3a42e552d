import "server-only";
import { can } from "@/lib/domain/permissions";
import { provinceFamily, registerRootOf } from "@/lib/domain/provinces";
import { compareVi, isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";
import { absorbedProvinceName, AGENCY_FIELDS_SELECT, agencyFieldsOf } from "./agency-fields";
import { registerChoiceOf, type RegisterChoice } from "./find-agency-register";
import { AGENCY_NOT_FOUND, managedAgenciesWhere, registerScopeOf } from "./register-scope";

export interface LineageEntry {
  id: string;
  /** "from": this agency came from `agencyName`; "to": it went into `agencyName` (null for a dissolution). */
  direction: "from" | "to";
  kind: string;
  effectiveOn: string;
  agencyId: string | null;
  agencyName: string | null;
  decisionRef: string | null;
  note: string | null;
}

export interface RegisterAgencyDetail {
  agency: {
    id: string;
    code: string;
    name: string;
    shortName: string;
    type: string;
    province: string | null;
    establishedOn: string | null;
    dissolvedOn: string | null;
    hasPartyOrganisation: boolean;
    hasMassOrganisations: boolean;
  };
  register: RegisterChoice;
  lineage: LineageEntry[];
  /** The blocs it was a member of, with the years (newest first); `code` only where the user may open the bloc. */
  memberships: { blocName: string; code: string | null; years: number[] }[];
  /** The other living agencies of its register: merger partners and successors for the change forms. */
  partners: { id: string; name: string; province: string | null }[];
}

/**
 * One agency of the register with its lineage (both ways) and its bloc
 * memberships. An agency out of the caller's scope, or a caller who keeps no
 * register, is NOT_FOUND. Three queries.
 */
export async function getRegisterAgency(agencyId: string): Promise<RegisterAgencyDetail> {
  const user = await requireUser();
  const row = await db().agency.findFirst({
    where: { AND: [{ id: agencyId }, managedAgenciesWhere(user)] },
    select: {
      ...AGENCY_FIELDS_SELECT,
      province: { select: { name: true } },
      predecessors: { select: { id: true, kind: true, effectiveOn: true, decisionRef: true, note: true, predecessor: { select: { id: true, name: true } } } },
      successors: { select: { id: true, kind: true, effectiveOn: true, decisionRef: true, note: true, successor: { select: { id: true, name: true } } } },
      memberships: { select: { year: true, bloc: { select: { id: true, code: true, name: true } } } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", AGENCY_NOT_FOUND);

  const nodes = await provinceNodes();
  const scope = registerScopeOf(user);
  const rootId = row.provinceId === null ? null : registerRootOf(nodes, row.provinceId, scope === "all" || scope === null ? null : scope.provinceIds);
  const root = nodes.find((n) => n.id === rootId);
  const register = registerChoiceOf(root ?? null);
  const family = rootId === null ? null : provinceFamily(nodes, rootId);
  const nameOf = new Map(nodes.map((n) => [n.id, n.name]));
  const partnerRows = await db().agency.findMany({
    where: {
      AND: [{ id: { not: row.id }, dissolvedOn: null }, family === null ? { provinceId: null } : { provinceId: { in: family } }, managedAgenciesWhere(user)],
    },
    select: { id: true, name: true, provinceId: true },
  });

  const lineage: LineageEntry[] = [
    ...row.predecessors.map((l) => ({
      id: l.id,
      direction: "from" as const,
      kind: l.kind,
      effectiveOn: isoDay(l.effectiveOn),
      agencyId: l.predecessor.id,
      agencyName: l.predecessor.name,
      decisionRef: l.decisionRef,
      note: l.note,
    })),
    ...row.successors.map((l) => ({
      id: l.id,
      direction: "to" as const,
      kind: l.kind,
      effectiveOn: isoDay(l.effectiveOn),
      agencyId: l.successor?.id ?? null,
      agencyName: l.successor?.name ?? null,
      decisionRef: l.decisionRef,
      note: l.note,
    })),
  ].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || compareVi(a.agencyName ?? "", b.agencyName ?? ""));

  const blocs = new Map<string, { blocName: string; code: string | null; years: number[] }>();
  for (const m of row.memberships) {
    const entry = blocs.get(m.bloc.id) ?? { blocName: m.bloc.name, code: can(user, "bloc:read", { blocId: m.bloc.id }) ? m.bloc.code : null, years: [] };
    entry.years.push(m.year);
    blocs.set(m.bloc.id, entry);
  }

  return {
    agency: { ...agencyFieldsOf(row), province: row.province?.name ?? null },
    register,
    lineage,
    memberships: sortVi([...blocs.values()], (b) => b.blocName).map((b) => ({ ...b, years: b.years.sort((x, y) => y - x) })),
    partners: sortVi(partnerRows, (p) => p.name).map((p) => ({ id: p.id, name: p.name, province: absorbedProvinceName(p.provinceId, rootId, nameOf) })),
  };
}
