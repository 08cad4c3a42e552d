import "server-only";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface MembershipRow {
  membershipId: string;
  agencyId: string;
  name: string;
  shortName: string;
  type: string;
  joinedOn: string | null;
  leftOn: string | null;
  note: string | null;
  dissolvedOn: string | null;
}

export interface YearMemberships {
  rows: MembershipRow[];
  /** Members listed for year − 1 (the source of "copy last year's members"). */
  previousYearCount: number;
  /** Members already listed for year + 1. */
  nextYearCount: number;
}

/** The year's membership rows with their ids, for the members page. Two queries. */
export async function findMemberships(blocId: string, year: number): Promise<YearMemberships> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const [rows, counts] = await Promise.all([
    db().membership.findMany({
      where: { blocId, year },
      select: {
        id: true,
        joinedOn: true,
        leftOn: true,
        note: true,
        agency: { select: { id: true, name: true, shortName: true, type: true, dissolvedOn: true } },
      },
    }),
    db().membership.groupBy({ by: ["year"], where: { blocId, year: { in: [year - 1, year + 1] } }, _count: { _all: true } }),
  ]);
  const countOf = (y: number) => counts.find((c) => c.year === y)?._count._all ?? 0;
  return {
    rows: sortVi(
      rows.map((m) => ({
        membershipId: m.id,
        agencyId: m.agency.id,
        name: m.agency.name,
        shortName: m.agency.shortName,
        type: m.agency.type,
        joinedOn: m.joinedOn ? isoDay(m.joinedOn) : null,
        leftOn: m.leftOn ? isoDay(m.leftOn) : null,
        note: m.note,
        dissolvedOn: m.agency.dissolvedOn ? isoDay(m.agency.dissolvedOn) : null,
      })),
      (m) => m.name,
    ),
    previousYearCount: countOf(year - 1),
    nextYearCount: countOf(year + 1),
  };
}
