import "server-only";
import { CO_CP_CODE } from "@/lib/domain/council-overview/co-cp-cap";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The reads of the overview; a client of a test or benchmark may count them. */
export type OverviewClient = Pick<
  PrismaClient,
  "bloc" | "cycle" | "registration" | "scoreSheet" | "crossScoreSubmission" | "objection" | "nomination" | "vote" | "councilYearSetting" | "auditLog"
>;

/** A council: a province with the provinces it absorbed (`family`, the root first), or the central level (null). */
export interface CouncilTarget {
  rootProvinceId: string | null;
  family: readonly string[] | null;
}

export function blocsOf(council: CouncilTarget): Prisma.BlocWhereInput {
  return council.family === null ? { provinceId: null } : { provinceId: { in: [...council.family] } };
}

/**
 * Every read of the overview, side by side: nine statements whatever the number of blocs and
 * agencies (nested relations are joined, docs/decisions/0025), and one more after them for
 * when the Cờ CP proposals were sent. Callers authorize; this only reads.
 */
export async function queryOverview(client: OverviewClient, council: CouncilTarget, year: number) {
  const bloc = blocsOf(council);
  const cycle: Prisma.CycleWhereInput = { year, bloc };
  const [blocs, years, registrations, sheets, cross, objections, nominations, votes, setting] = await Promise.all([
    client.bloc.findMany({
      where: bloc,
      select: {
        id: true,
        code: true,
        name: true,
        province: { select: { id: true, name: true } },
        memberships: { where: { year }, select: { agencyId: true, joinedOn: true, leftOn: true, agency: { select: { name: true } } } },
        cycles: {
          where: { year },
          select: {
            id: true,
            scoringMode: true,
            phases: { select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } },
            criteriaTables: { where: { status: "LOCKED" }, orderBy: { version: "desc" }, take: 1, select: { id: true } },
            meetings: { where: { kind: "YEAR_END_CONFERENCE" }, take: 1, select: { id: true } },
            publications: { orderBy: { version: "desc" }, take: 1, select: { version: true, publishedAt: true, publicity: { select: { since: true } } } },
            pledges: { orderBy: { version: "desc" }, select: { status: true, signatures: { select: { agencyId: true } } } },
            awardForms: { select: { code: true, name: true, order: true, quotaKind: true, quotaValue: true, quotaRounding: true } },
          },
        },
      },
    }),
    client.cycle.findMany({ where: { bloc }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
    client.registration.findMany({ where: { cycle }, select: { cycleId: true, agencyId: true, status: true } }),
    client.scoreSheet.findMany({ where: { cycle, table: { status: "LOCKED" } }, select: { cycleId: true, tableId: true, agencyId: true, status: true } }),
    client.crossScoreSubmission.groupBy({ by: ["cycleId", "scorerAgencyId"], where: { cycle }, _count: { _all: true } }),
    client.objection.findMany({
      where: { status: "OPEN", entry: { sheet: { cycle } } },
      select: { agencyId: true, entry: { select: { sheet: { select: { cycleId: true } } } } },
    }),
    client.nomination.findMany({
      where: { cycle },
      select: {
        id: true,
        cycleId: true,
        agencyId: true,
        status: true,
        collectiveName: true,
        personName: true,
        agency: { select: { name: true } },
        awardForm: { select: { code: true } },
      },
    }),
    client.vote.findMany({
      where: { kind: "ACCLAIM_LEADER", status: "CLOSED", meeting: { cycle } },
      select: { result: true, meeting: { select: { cycleId: true } } },
    }),
    client.councilYearSetting.findFirst({
      where: { provinceId: council.rootProvinceId, year },
      select: { coCpCapPct: true, coCpRounding: true, version: true },
    }),
  ]);
  const coCpSent = nominations.filter((n) => n.status === "SENT" && n.awardForm.code === CO_CP_CODE).map((n) => n.id);
  // When each Cờ CP proposal was sent: the chair's "send" in the audit log (the row's updatedAt
  // moves again when the chair reorders priorities).
  const sends = await client.auditLog.findMany({
    where: { entity: "Nomination", action: "nomination.send", entityId: { in: coCpSent } },
    select: { entityId: true, at: true },
  });
  return { blocs, years: years.map((y) => y.year), registrations, sheets, cross, objections, nominations, votes, setting, sends };
}

export type OverviewRows = Awaited<ReturnType<typeof queryOverview>>;
