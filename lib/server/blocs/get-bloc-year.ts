import "server-only";
import type { PhaseKey, PhaseWindow } from "@/lib/domain/cycle-phase";
import { nameDayOfYear, provinceNameOn } from "@/lib/domain/provinces";
import { rolesInBloc, type RoleName } from "@/lib/domain/roles";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface BlocYear {
  bloc: { id: string; code: string; name: string; kind: string; level: string; organiser: string; province: string | null };
  year: number;
  cycle: { id: string; theme: string | null; scoringMode: string; legalBases: string[]; movements: string[]; isDemoData: boolean } | null;
  phases: PhaseWindow[];
  members: { agencyId: string; code: string; name: string; shortName: string; type: string; joinedOn: string | null; leftOn: string | null }[];
  officers: {
    role: "HEAD" | "DEPUTY";
    agencyName: string;
    personName: string | null;
    startsOn: string;
    endsOn: string;
    method: string;
    decisionRef: string | null;
    handoverOn: string | null;
  }[];
  myRoles: RoleName[];
}

/**
 * One bloc in one year, as the signed-in user may see it. A bloc the user
 * cannot reach is NOT_FOUND (never FORBIDDEN: its existence is not told).
 * One query whatever the bloc's size. The province carries the name it
 * had in that year (docs/decisions/0011).
 */
export async function getBlocYear(code: string, year: number): Promise<BlocYear> {
  const user = await requireUser();
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  // The year's cycle, members and officers come in the same statement as the bloc (relation
  // joins): every page of the bloc's year reads this, so each statement saved is saved on all of
  // them (docs/benchmarks/where-the-time-goes.md). Nothing is returned before the check below.
  const found = await db().bloc.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      level: true,
      organiser: true,
      province: { select: { name: true, mergedOn: true, formerNames: { select: { name: true, until: true } } } },
      cycles: {
        where: { year },
        select: {
          id: true,
          theme: true,
          scoringMode: true,
          legalBases: true,
          movements: true,
          isDemoData: true,
          phases: { select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } },
        },
      },
      memberships: {
        where: { year },
        select: { joinedOn: true, leftOn: true, agency: { select: { id: true, code: true, name: true, shortName: true, type: true } } },
      },
      officerTerms: {
        where: { startsOn: { lte: yearEnd }, endsOn: { gte: yearStart } },
        select: {
          role: true,
          personName: true,
          startsOn: true,
          endsOn: true,
          method: true,
          decisionRef: true,
          handoverOn: true,
          agency: { select: { name: true } },
        },
        orderBy: [{ role: "asc" }, { startsOn: "asc" }],
      },
    },
  });
  if (!found) throw new AppError("NOT_FOUND");
  authorize(user, "bloc:read", { blocId: found.id });
  const { cycles, memberships, officerTerms: terms, ...bloc } = found;
  const cycle = cycles[0] ?? null;
  if (!cycle && memberships.length === 0) throw new AppError("NOT_FOUND");

  return {
    bloc: { ...bloc, province: bloc.province && provinceNameOfYear(bloc.province, year) },
    year,
    cycle: cycle && {
      id: cycle.id,
      theme: cycle.theme,
      scoringMode: cycle.scoringMode,
      legalBases: cycle.legalBases,
      movements: cycle.movements,
      isDemoData: cycle.isDemoData,
    },
    phases: (cycle?.phases ?? []).map((p) => ({
      key: p.key as PhaseKey,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
    members: sortVi(
      memberships.map((m) => ({
        agencyId: m.agency.id,
        code: m.agency.code,
        name: m.agency.name,
        shortName: m.agency.shortName,
        type: m.agency.type,
        joinedOn: m.joinedOn ? isoDay(m.joinedOn) : null,
        leftOn: m.leftOn ? isoDay(m.leftOn) : null,
      })),
      (m) => m.name,
    ),
    officers: terms.map((t) => ({
      role: t.role,
      agencyName: t.agency.name,
      personName: t.personName,
      startsOn: isoDay(t.startsOn),
      endsOn: isoDay(t.endsOn),
      method: t.method,
      decisionRef: t.decisionRef,
      handoverOn: t.handoverOn ? isoDay(t.handoverOn) : null,
    })),
    myRoles: rolesInBloc(user, bloc.id),
  };
}

/** The province's name on 31/12 of the year, or on its merger day if it was merged before then. */
function provinceNameOfYear(p: { name: string; mergedOn: Date | null; formerNames: { name: string; until: Date }[] }, year: number): string {
  const formerNames = p.formerNames.map((f) => ({ name: f.name, until: isoDay(f.until) }));
  return provinceNameOn(p.name, formerNames, nameDayOfYear(year, p.mergedOn ? isoDay(p.mergedOn) : null));
}
