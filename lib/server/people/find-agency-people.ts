import "server-only";
import { can } from "@/lib/domain/permissions";
import { personHistory, type ImportedRecord, type PersonYear } from "@/lib/domain/people/person-history";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { PEOPLE_READERS_ONLY } from "./people-messages";
import { blocMembers, importsPeopleOf } from "./internal/people-scope";
import { DECIDED_ITEM_SELECT, toDecidedItem } from "./internal/person-titles";

export interface AgencyPerson {
  id: string;
  name: string;
  birthYear: number | null;
  /** The edit form's concurrency token (docs/decisions/0041). */
  version: number;
  /** Where they worked (this agency and others), "yyyy-MM-dd" or null when not known. */
  periods: { id: string; agencyId: string; agencyName: string; position: string | null; fromOn: string | null; toOn: string | null }[];
  years: PersonYear[];
}

export interface AgencyPeople {
  agency: { id: string; code: string; name: string };
  people: AgencyPerson[];
  /** The member agencies whose people the user edits (periods may be recorded at these); empty when they only read. */
  editableAgencies: { id: string; name: string }[];
  /** The secretary and chair merge duplicate people (docs/decisions/0041). */
  canMerge: boolean;
}

/**
 * One member agency's people with their titles and awards by year (docs/decisions/0036): the
 * years imported, the decisions recorded (any bloc), the nominations on their way. The agency's
 * leader and officer and the readers of every agency (secretary, chair, council staff) see it;
 * others of the bloc get FORBIDDEN; an agency that is not a member this year is NOT_FOUND.
 * Six queries whatever the number of people (the members, for the edit form's agencies).
 */
export async function findAgencyPeople(blocId: string, year: number, agencyCode: string): Promise<AgencyPeople> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const agency = await db().agency.findFirst({
    where: { code: agencyCode, memberships: { some: { blocId, year } } },
    select: { id: true, code: true, name: true },
  });
  if (!agency) throw new AppError("NOT_FOUND", "Cơ quan này không thuộc khối năm nay.");
  authorize(user, ["person:read-all", "person:edit:own"], { blocId, agencyId: agency.id }, { forbidden: PEOPLE_READERS_ONLY });

  const people = await db().person.findMany({
    where: { agencies: { some: { agencyId: agency.id } } },
    select: {
      id: true,
      name: true,
      birthYear: true,
      version: true,
      agencies: {
        select: { id: true, agencyId: true, position: true, fromOn: true, toOn: true, agency: { select: { name: true } } },
        orderBy: [{ fromOn: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  const editableAgencies = importsPeopleOf(user, blocId, agency.id)
    ? (await blocMembers(db(), blocId, year)).filter((m) => importsPeopleOf(user, blocId, m.id)).map((m) => ({ id: m.id, name: m.name }))
    : [];
  const ids = people.map((p) => p.id);
  const [records, items, nominations] = ids.length
    ? await Promise.all([
        db().personRecord.findMany({ where: { personId: { in: ids } }, select: { personId: true, year: true, code: true, name: true, decisionRef: true } }),
        db().decisionItem.findMany({ where: { personId: { in: ids } }, select: DECIDED_ITEM_SELECT }),
        db().nomination.findMany({
          where: { personId: { in: ids }, status: { in: ["PROPOSED", "SENT"] } },
          select: { personId: true, status: true, awardForm: { select: { code: true, name: true } }, cycle: { select: { year: true } } },
        }),
      ])
    : [[], [], []];

  const group = <T extends { personId: string | null }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) if (r.personId) map.set(r.personId, [...(map.get(r.personId) ?? []), r]);
    return map;
  };
  const recordsBy = group<ImportedRecord & { personId: string }>(records);
  const itemsBy = group(items);
  const nominationsBy = group(nominations);
  const listed = people.map((p) => ({
    id: p.id,
    name: p.name,
    birthYear: p.birthYear,
    version: p.version,
    periods: p.agencies.map((a) => ({
      id: a.id,
      agencyId: a.agencyId,
      agencyName: a.agency.name,
      position: a.position,
      fromOn: a.fromOn ? isoDay(a.fromOn) : null,
      toOn: a.toOn ? isoDay(a.toOn) : null,
    })),
    years: personHistory(
      recordsBy.get(p.id) ?? [],
      (itemsBy.get(p.id) ?? []).map(toDecidedItem),
      (nominationsBy.get(p.id) ?? []).map((n) => ({ year: n.cycle.year, status: n.status, form: n.awardForm })),
    ),
  }));
  return { agency, people: sortVi(listed, (p) => p.name), editableAgencies, canMerge: can(user, "person:manage", { blocId }) };
}
