import "server-only";
import { provinceFamily, registerRoots } from "@/lib/domain/provinces";
import { compareVi, isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { provinceNodes, type ProvinceNodeRow } from "@/lib/server/provinces/province-nodes";
import { absorbedProvinceName, AGENCY_FIELDS_SELECT, agencyFieldsOf } from "./agency-fields";
import { registerScopeOf } from "./register-scope";

/** The URL key of the central register (province codes are upper case, so it cannot clash). */
export const CENTRAL_KEY = "trung-uong";

export interface RegisterChoice {
  /** A province's code, or CENTRAL_KEY. */
  key: string;
  label: string;
  provinceId: string | null;
}

export interface LineageLink {
  kind: string;
  effectiveOn: string;
  agencyId: string | null;
  agencyName: string | null;
}

export interface RegisterAgencyRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
  type: string;
  /** The absorbed province the agency belongs to; null for the register's own province. */
  province: string | null;
  establishedOn: string | null;
  dissolvedOn: string | null;
  predecessors: LineageLink[];
  successors: LineageLink[];
}

export interface AgencyRegisterView {
  registers: RegisterChoice[];
  current: RegisterChoice;
  /** Where a new agency may go: the register's province first, then those it absorbed. */
  provinces: { id: string | null; name: string }[];
  agencies: RegisterAgencyRow[];
}

/**
 * The registers the signed-in council member keeps: for council staff, each
 * province of their scope that no other province of it absorbed, and the
 * central register for central-level staff; for a system administrator every
 * current province and the central register.
 */
export function registerChoices(user: CurrentUser, nodes: readonly ProvinceNodeRow[]): RegisterChoice[] {
  const scope = registerScopeOf(user);
  if (scope === null) return [];
  const roots = scope === "all" ? nodes.filter((n) => n.mergedIntoId === null) : nodes.filter((n) => registerRoots(nodes, scope.provinceIds).includes(n.id));
  const choices: RegisterChoice[] = sortVi(roots, (n) => n.name).map(registerChoiceOf);
  if (scope === "all" || scope.central) choices.push(registerChoiceOf(null));
  return choices;
}

/** The register of a province that no other in the caller's scope absorbed; null: the central register. */
export function registerChoiceOf(root: { id: string; code: string; name: string } | null): RegisterChoice {
  return root ? { key: root.code, label: root.name, provinceId: root.id } : { key: CENTRAL_KEY, label: "Cấp Trung ương", provinceId: null };
}

/**
 * One register: the agencies of a province and of every province it absorbed
 * (labelled with that province's name), or the central agencies; living ones
 * first, each with its lineage. `key` picks the register (default: the
 * first). Someone who keeps no register is FORBIDDEN; a register out of the
 * caller's scope is NOT_FOUND. Two queries.
 */
export async function findAgencyRegister(key?: string | null): Promise<AgencyRegisterView> {
  const user = await requireUser();
  const nodes = await provinceNodes();
  const registers = registerChoices(user, nodes);
  if (registers.length === 0) throw new AppError("FORBIDDEN", "Chỉ cán bộ Hội đồng Thi đua – Khen thưởng quản lý danh sách cơ quan, đơn vị.");
  const current = pickRegister(user, nodes, registers, key);
  const family = current.provinceId === null ? null : provinceFamily(nodes, current.provinceId);
  const nameOf = new Map(nodes.map((n) => [n.id, n.name]));

  const rows = await db().agency.findMany({
    where: family === null ? { provinceId: null } : { provinceId: { in: family } },
    select: {
      ...AGENCY_FIELDS_SELECT,
      predecessors: { select: { kind: true, effectiveOn: true, predecessor: { select: { id: true, name: true } } }, orderBy: { effectiveOn: "asc" } },
      successors: { select: { kind: true, effectiveOn: true, successor: { select: { id: true, name: true } } }, orderBy: { effectiveOn: "asc" } },
    },
  });
  const agencies = rows
    .map((a) => ({
      ...agencyFieldsOf(a),
      province: absorbedProvinceName(a.provinceId, current.provinceId, nameOf),
      predecessors: a.predecessors.map((l) => ({
        kind: l.kind,
        effectiveOn: isoDay(l.effectiveOn),
        agencyId: l.predecessor.id,
        agencyName: l.predecessor.name,
      })),
      successors: a.successors.map((l) => ({
        kind: l.kind,
        effectiveOn: isoDay(l.effectiveOn),
        agencyId: l.successor?.id ?? null,
        agencyName: l.successor?.name ?? null,
      })),
    }))
    .sort((a, b) => Number(a.dissolvedOn !== null) - Number(b.dissolvedOn !== null) || compareVi(a.name, b.name));
  const provinces = family === null ? [{ id: null, name: "Cấp Trung ương" }] : family.map((id) => ({ id, name: nameOf.get(id) ?? "" }));
  return { registers, current, provinces, agencies };
}

/**
 * The register named by `key`: one of the caller's, or a single province of
 * their scope on its own (e.g. an absorbed province, to see its agencies alone).
 */
export function pickRegister(user: CurrentUser, nodes: readonly ProvinceNodeRow[], registers: RegisterChoice[], key?: string | null): RegisterChoice {
  if (!key) return registers[0]!;
  const found = registers.find((r) => r.key === key);
  if (found) return found;
  const scope = registerScopeOf(user);
  const province = nodes.find((n) => n.code === key && (scope === "all" || scope?.provinceIds.includes(n.id)));
  if (province) return registerChoiceOf(province);
  throw new AppError("NOT_FOUND", "Không tìm thấy danh sách cơ quan, đơn vị này trong phạm vi bạn quản lý.");
}
