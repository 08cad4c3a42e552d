import "server-only";
import { registrationActor, type RegistrationActor } from "@/lib/domain/registration";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { verdictOf, windowSelect, windowView } from "@/lib/server/deadlines/internal/submission-window";
import { registrationDetailSelect, toRegistrationDetail, type RegistrationDetail } from "./registration-detail";

export interface CatalogueTitle {
  id: string;
  code: string;
  name: string;
  authorityName: string;
}

export interface AgencyRegistration {
  agency: { id: string; code: string; name: string };
  /** null: the bloc has no cycle for the year yet (nothing can be registered). */
  cycleId: string | null;
  /** null: the agency has not saved a registration yet. */
  registration: RegistrationDetail | null;
  /** Who made the last change, from the audit log. */
  lastChangedBy: string | null;
  /** The year's collective titles (AwardForm, target COLLECTIVE), in catalogue order. */
  catalogue: CatalogueTitle[];
  /** What the caller may do (the phase is checked separately). */
  actor: RegistrationActor;
  /** The agency's window to save and submit: the phase, its extension, or late within the year's grace (docs/decisions/0042-late-submission.md). */
  window: { open: boolean; reason: string | null; lateWarning: string | null };
  /** The registration came late: the days and the deduction (none when waived). */
  late: { daysLate: number; points: number; waived: boolean } | null;
}

/**
 * One member agency's registration for the year. Its own leader and officers
 * and those who read every agency's (secretary, chair, council staff) see
 * it; for anyone else, and for an agency that is not a member that year, it
 * is NOT_FOUND.
 */
export async function getRegistration(blocId: string, year: number, agencyCode: string): Promise<AgencyRegistration> {
  const user = await requireUser();
  const agency = await db().agency.findUnique({ where: { code: agencyCode }, select: { id: true, code: true, name: true } });
  if (!agency) throw new AppError("NOT_FOUND");
  authorize(user, ["registration:edit:own", "registration:read-all"], { blocId, agencyId: agency.id }, { hidden: true });
  const actor = registrationActor(user, { blocId, agencyId: agency.id });

  const [membership, cycle] = await Promise.all([
    db().membership.findUnique({ where: { blocId_agencyId_year: { blocId, agencyId: agency.id, year } }, select: { id: true } }),
    db().cycle.findUnique({
      where: { blocId_year: { blocId, year } },
      select: {
        id: true,
        awardForms: {
          where: { target: "COLLECTIVE" },
          select: { id: true, code: true, name: true, authorityName: true },
          orderBy: [{ order: "asc" }, { code: "asc" }],
        },
        registrations: { where: { agencyId: agency.id }, select: registrationDetailSelect },
        ...windowSelect(agency.id, "REGISTRATION"),
        lateSubmissions: { where: { agencyId: agency.id, step: "REGISTRATION" }, select: { daysLate: true, points: true } },
      },
    }),
  ]);
  if (!membership) throw new AppError("NOT_FOUND");
  const row = cycle?.registrations[0];
  const last = row
    ? await db().auditLog.findFirst({
        where: { entity: "Registration", entityId: row.id },
        orderBy: { at: "desc" },
        select: { actor: { select: { name: true } } },
      })
    : null;
  return {
    agency,
    cycleId: cycle?.id ?? null,
    registration: row ? toRegistrationDetail(row) : null,
    lastChangedBy: last?.actor?.name ?? null,
    catalogue: cycle?.awardForms ?? [],
    actor,
    window: cycle ? windowView(verdictOf(cycle, "REGISTRATION"), "REGISTRATION") : { open: false, reason: null, lateWarning: null },
    late: lateOf(cycle),
  };
}

function lateOf(cycle: { lateSubmissions: { daysLate: number; points: { toNumber(): number } }[]; deadlineOverrides: { waived: boolean }[] } | null) {
  const recorded = cycle?.lateSubmissions[0];
  if (!recorded) return null;
  const waived = cycle.deadlineOverrides[0]?.waived ?? false;
  return { daysLate: recorded.daysLate, points: waived ? 0 : recorded.points.toNumber(), waived };
}
