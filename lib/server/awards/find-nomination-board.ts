import "server-only";
import type { PhaseCheck } from "@/lib/domain/cycle-phase";
import {
  availableNominationActions,
  duplicateWarnings,
  orderByPriority,
  quotaFor,
  type DuplicateWarning,
  type NominationAction,
  type NominationStatus,
} from "@/lib/domain/awards";
import type { RoleName } from "@/lib/domain/roles";
import { can } from "@/lib/domain/permissions";
import { parseYearRules } from "@/lib/domain/year-rules";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { phaseCheck } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { eligibilityOf, loadEligibilityContext } from "./eligibility-facts";

export interface BoardNomination {
  id: string;
  version: number;
  awardFormId: string;
  agencyId: string;
  agencyName: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  collectiveName: string | null;
  personName: string | null;
  personPosition: string | null;
  personDiscipline: string | null;
  personId: string | null;
  achievements: string | null;
  status: NominationStatus;
  priority: number;
  statusReason: string | null;
  /** The recipient as shown: the person, the sub-collective, or the agency. */
  nominee: string;
  /** What the caller may do now (buttons). */
  actions: NominationAction[];
  /** The agency's gates for the form when it waits for the chair (PROPOSED); null otherwise. */
  /** `notes`: what does not stop the nomination but the reviewer should see (e.g. a short membership). */
  eligibility: { eligible: boolean; reasons: string[]; notes: string[] } | null;
}

export interface BoardForm {
  id: string;
  code: string;
  name: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  quotaText: string;
  /** null when unlimited. */
  quotaMax: number | null;
  sent: number;
  nominations: BoardNomination[];
}

export interface NominationBoard {
  cycleId: string;
  /** Whether nominations may be drafted, sent and reviewed today, and why not. */
  phase: PhaseCheck;
  scope: "ALL" | "OWN" | "NONE";
  canReview: boolean;
  /** Agencies the caller drafts nominations for (leader / officer), by name. */
  ownAgencies: { id: string; name: string }[];
  forms: BoardForm[];
  warnings: DuplicateWarning[];
}

function nominee(n: {
  target: string;
  personName: string | null;
  personPosition: string | null;
  collectiveName: string | null;
  agency: { name: string };
}): string {
  if (n.target === "INDIVIDUAL") return n.personPosition ? `${n.personName ?? ""}, ${n.personPosition}` : (n.personName ?? "");
  return n.collectiveName ? `${n.collectiveName} (${n.agency.name})` : n.agency.name;
}

/**
 * The nominations page (khen-thuong/de-nghi): by award form in catalogue order, each form with
 * its quota and how many were sent, its nominations in the chair's priority order, the actions
 * the caller may take, and the "one achievement, one reward" warnings. Those with
 * "nomination:read-all" see every agency; a leader / officer only their own agency (filtered in
 * the query). null when the year has no cycle. A bounded number of queries.
 */
export async function findNominationBoard(blocId: string, year: number): Promise<NominationBoard | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const row = await db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, blocId: true, year: true, rules: true } });
  if (!row) return null;
  const cycle = { ...row, rules: parseYearRules(row.rules) };
  const all = can(user, "nomination:read-all", { blocId });
  const canReview = can(user, "nomination:review", { blocId });
  const grantAgencies = [...new Set(user.grants.map((g) => g.agencyId).filter((id): id is string => id !== null))];
  const ownIds = grantAgencies.filter((agencyId) => can(user, "nomination:edit:own", { blocId, agencyId }));
  const ownMembers = ownIds.length
    ? await db().membership.findMany({ where: { blocId, year, agencyId: { in: ownIds } }, select: { agency: { select: { id: true, name: true } } } })
    : [];
  const ownAgencies = sortVi(
    ownMembers.map((m) => m.agency),
    (a) => a.name,
  );
  const scope = all ? "ALL" : ownAgencies.length ? "OWN" : "NONE";
  const phase = await phaseCheck(db(), cycle.id, "NOMINATION");
  if (scope === "NONE") return { cycleId: cycle.id, phase, scope, canReview, ownAgencies, forms: [], warnings: [] };

  const rows = await db().nomination.findMany({
    where: { cycleId: cycle.id, ...(all ? {} : { agencyId: { in: ownAgencies.map((a) => a.id) } }) },
    select: {
      id: true,
      version: true,
      awardFormId: true,
      agencyId: true,
      target: true,
      collectiveName: true,
      personName: true,
      personPosition: true,
      personDiscipline: true,
      personId: true,
      achievements: true,
      status: true,
      priority: true,
      statusReason: true,
      agency: { select: { name: true } },
    },
  });
  // The people's titles for the individual gates, in two queries for the whole board.
  const ctx = await loadEligibilityContext(
    db(),
    cycle,
    rows.map((n) => n.personId),
  );
  // Quotas count every SENT nomination of the form, also those of agencies the caller does not see.
  const sentCounts = await db().nomination.groupBy({ by: ["awardFormId"], where: { cycleId: cycle.id, status: "SENT" }, _count: { _all: true } });
  const sentBy = new Map(sentCounts.map((s) => [s.awardFormId, s._count._all]));
  const ownSet = new Set(ownAgencies.map((a) => a.id));
  const roles = (agencyId: string): RoleName[] => [...(canReview ? (["CHAIR"] as const) : []), ...(ownSet.has(agencyId) ? (["AGENCY_OFFICER"] as const) : [])];

  const mapped = rows.map((n) => {
    const status = n.status as NominationStatus;
    const e =
      status === "PROPOSED" || status === "DRAFT" || status === "RETURNED"
        ? eligibilityOf(ctx, n.agencyId, n.awardFormId, n.target === "INDIVIDUAL" ? n : null)
        : null;
    return {
      id: n.id,
      version: n.version,
      awardFormId: n.awardFormId,
      agencyId: n.agencyId,
      agencyName: n.agency.name,
      target: n.target,
      collectiveName: n.collectiveName,
      personName: n.personName,
      personPosition: n.personPosition,
      personDiscipline: n.personDiscipline,
      personId: n.personId,
      achievements: n.achievements,
      status,
      priority: n.priority,
      statusReason: n.statusReason,
      nominee: nominee(n),
      name: nominee(n),
      // Outside the NOMINATION phase every step would be refused: the board is read-only.
      actions: phase.open ? availableNominationActions(status, { roles: roles(n.agencyId), ownAgency: ownSet.has(n.agencyId) }) : [],
      eligibility: e ? { eligible: e.eligible, reasons: e.reasons, notes: e.notes } : null,
    };
  });

  const forms: BoardForm[] = ctx.forms.map((f) => {
    const quota = quotaFor(f, ctx.memberCount);
    return {
      id: f.id,
      code: f.code,
      name: f.name,
      target: f.target,
      quotaText: quota.description,
      quotaMax: quota.limited ? quota.max : null,
      sent: sentBy.get(f.id) ?? 0,
      nominations: orderByPriority(mapped.filter((n) => n.awardFormId === f.id)).map(({ name: _name, ...n }) => n),
    };
  });
  const codeOf = new Map(ctx.forms.map((f) => [f.id, f]));
  const warnings = duplicateWarnings(
    mapped.map((n) => ({
      id: n.id,
      agencyId: n.agencyId,
      agencyName: n.agencyName,
      formCode: codeOf.get(n.awardFormId)?.code ?? "",
      formName: codeOf.get(n.awardFormId)?.name ?? "",
      target: n.target,
      collectiveName: n.collectiveName,
      personName: n.personName,
      achievements: n.achievements,
      status: n.status,
    })),
    ctx.forms,
  );
  return { cycleId: cycle.id, phase, scope, canReview, ownAgencies, forms, warnings };
}
