import "server-only";
import { can } from "@/lib/domain/permissions";
import { registrationActor, type RegistrationActor } from "@/lib/domain/registration";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { RegistrationPlace } from "./notify-registration";

export interface AgencyScope extends RegistrationPlace {
  cycleId: string;
  actor: RegistrationActor;
}

/**
 * The cycle and agency a registration belongs to, read from the database,
 * and what the caller may do there. Users who may neither edit this agency's
 * registration nor read every agency's are told nothing exists (NOT_FOUND),
 * as is an agency that is not a member of the bloc that year.
 */
export async function loadAgencyScope(user: CurrentUser, cycleId: string, agencyId: string): Promise<AgencyScope> {
  const notFound = new AppError("NOT_FOUND", "Không tìm thấy bản đăng ký thi đua này.");
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, blocId: true, year: true, bloc: { select: { code: true } } } });
  if (!cycle || !can(user, "bloc:read", { blocId: cycle.blocId })) throw notFound;
  const { blocId, year } = cycle;
  const actor = registrationActor(user, { blocId, agencyId });
  if (!actor.canEdit && !can(user, "registration:read-all", { blocId })) throw notFound;
  const membership = await db().membership.findUnique({
    where: { blocId_agencyId_year: { blocId, agencyId, year } },
    select: { agency: { select: { code: true, name: true } } },
  });
  if (!membership) throw notFound;
  return {
    cycleId: cycle.id,
    blocId,
    blocCode: cycle.bloc.code,
    year,
    agencyId,
    agencyCode: membership.agency.code,
    agencyName: membership.agency.name,
    actor,
  };
}
