import "server-only";
import { can } from "@/lib/domain/permissions";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface ActivityRow {
  id: string;
  version: number;
  kind: "CONTEST" | "JOINT";
  title: string;
  organiserId: string;
  organiser: string;
  startsOn: string;
  endsOn: string | null;
  description: string | null;
  criterionCode: string | null;
  /** The signed-in user may edit it (the secretary, chair, or the organiser's own people). */
  editable: boolean;
  participants: {
    id: string;
    agencyId: string;
    agency: string;
    personName: string | null;
    result: string | null;
    prize: string | null;
    points: string | null;
  }[];
  /** Plan, result notice scans, photos (docs/decisions/0040), oldest first. */
  files: { id: string; name: string }[];
}

export interface BlocActivities {
  cycleId: string | null;
  activities: ActivityRow[];
  members: { id: string; name: string }[];
  /** The agencies the user may organise an activity for (all members for the secretary and chair). */
  organisers: { id: string; name: string }[];
  /** Criteria of the year's latest table an activity may feed (not groups). */
  criteria: { code: string; name: string }[];
}

/**
 * The year's activities and contests, oldest first, with their participants; `agencyId` keeps those
 * the agency organised or took part in. Every reader of the bloc sees them (they are public within
 * the bloc). Four queries whatever the year's size.
 */
export async function findBlocActivities(blocId: string, year: number, agencyId: string | null = null): Promise<BlocActivities> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const cycle = await db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true } });
  const [memberships, rows, table] = await Promise.all([
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } }),
    cycle
      ? db().blocActivity.findMany({
          where: { cycleId: cycle.id, ...(agencyId ? { OR: [{ organiserId: agencyId }, { participants: { some: { agencyId } } }] } : {}) },
          orderBy: [{ startsOn: "asc" }, { createdAt: "asc" }],
          include: {
            organiser: { select: { name: true } },
            participants: { orderBy: { createdAt: "asc" }, include: { agency: { select: { name: true } } } },
            files: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true } },
          },
        })
      : Promise.resolve([]),
    cycle
      ? db().criteriaTable.findFirst({
          where: { cycleId: cycle.id },
          orderBy: { version: "desc" },
          select: { criteria: { where: { type: { not: "GROUP" } }, orderBy: { order: "asc" }, select: { code: true, name: true } } },
        })
      : Promise.resolve(null),
  ]);
  const members = sortVi(
    memberships.map((m) => m.agency),
    (a) => a.name,
  );
  const editableFor = (organiserId: string) => can(user, "activity:manage", { blocId }) || can(user, "activity:edit:own", { blocId, agencyId: organiserId });
  return {
    cycleId: cycle?.id ?? null,
    members,
    organisers: members.filter((m) => editableFor(m.id)),
    criteria: table?.criteria ?? [],
    activities: rows.map((a) => ({
      id: a.id,
      version: a.version,
      kind: a.kind,
      title: a.title,
      organiserId: a.organiserId,
      organiser: a.organiser.name,
      startsOn: isoDay(a.startsOn),
      endsOn: a.endsOn ? isoDay(a.endsOn) : null,
      description: a.description,
      criterionCode: a.criterionCode,
      editable: editableFor(a.organiserId),
      participants: a.participants.map((p) => ({
        id: p.id,
        agencyId: p.agencyId,
        agency: p.agency.name,
        personName: p.personName,
        result: p.result,
        prize: p.prize,
        points: p.points?.toString() ?? null,
      })),
      files: a.files.map((f) => ({ id: f.id, name: f.originalName })),
    })),
  };
}
