import "server-only";
import { can } from "@/lib/domain/permissions";
import type { RoleModelStage } from "@/lib/domain/role-models/stages";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { ROLE_MODEL_SELECT, type RoleModelRow } from "./internal/role-model-record";

export interface RoleModelEntry extends RoleModelRow {
  agencyName: string;
  /** The collective's or the person's name. */
  name: string;
  files: { id: string; originalName: string }[];
  nominations: { id: string; awardFormName: string; status: string }[];
  /** The signed-in user may move it to the next stage. */
  canAdvance: boolean;
  /** The signed-in user may correct it (the same people as creating: docs/decisions/0041). */
  canEdit: boolean;
  /** …and remove it: only while no nomination was made from it. */
  canRemove: boolean;
  /** The signed-in user drafts nominations for its agency (the register's "Đề nghị khen thưởng"). */
  canNominate: boolean;
}

export interface RoleModelRegister {
  cycleId: string | null;
  /** The year's member agencies, Vietnamese order. */
  agencies: { id: string; name: string }[];
  /** Agencies the user may add role models for. */
  editableAgencies: { id: string; name: string }[];
  entries: RoleModelEntry[];
}

/**
 * The bloc-year's register of role models (điển hình tiên tiến), optionally one agency's or one
 * stage's, with their evidence and the nominations made from them. Read by the bloc's secretary
 * and chair, its member agencies' leaders and officers, and council staff ("rolemodel:read";
 * docs/decisions/0039). Four queries whatever the number of entries.
 */
export async function findRoleModels(blocId: string, year: number, filter: { agencyId?: string; stage?: RoleModelStage } = {}): Promise<RoleModelRegister> {
  const user = await requireUser();
  authorize(
    user,
    "rolemodel:read",
    { blocId },
    { forbidden: "Sổ điển hình tiên tiến chỉ dành cho Thư ký, Trưởng khối, các cơ quan thành viên và cán bộ Hội đồng." },
  );
  const [cycle, members] = await Promise.all([
    db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true } }),
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } }),
  ]);
  const agencies = sortVi(
    members.map((m) => m.agency),
    (a) => a.name,
  );
  const editableAgencies = agencies.filter(
    (a) => can(user, "rolemodel:manage", { blocId, agencyId: a.id }) || can(user, "rolemodel:edit:own", { blocId, agencyId: a.id }),
  );
  if (!cycle) return { cycleId: null, agencies, editableAgencies, entries: [] };
  const rows = await db().roleModel.findMany({
    where: { cycleId: cycle.id, ...(filter.agencyId ? { agencyId: filter.agencyId } : {}), ...(filter.stage ? { stage: filter.stage } : {}) },
    select: {
      ...ROLE_MODEL_SELECT,
      agency: { select: { name: true } },
      files: { select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } },
      nominations: { select: { id: true, status: true, awardForm: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const editable = new Set(editableAgencies.map((a) => a.id));
  const entries = rows.map(({ agency, nominations, ...row }) => ({
    ...row,
    agencyName: agency.name,
    name: row.personName ?? row.collectiveName ?? agency.name,
    nominations: nominations.map((n) => ({ id: n.id, awardFormName: n.awardForm.name, status: n.status })),
    canAdvance: editable.has(row.agencyId) && row.stage !== "REPLICATED",
    canEdit: editable.has(row.agencyId),
    canRemove: editable.has(row.agencyId) && nominations.length === 0,
    canNominate: row.stage === "REPLICATED" && can(user, "nomination:edit:own", { blocId, agencyId: row.agencyId }),
  }));
  return { cycleId: cycle.id, agencies, editableAgencies, entries: sortVi(entries, (e) => `${e.agencyName}|${e.name}`) };
}
