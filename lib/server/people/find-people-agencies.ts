import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { blocMembers, importsPeopleOf, readsPeopleOf } from "./internal/people-scope";

export interface PeopleAgencies {
  /** The member agencies whose people the user reads, with how many people each has recorded. */
  agencies: { id: string; code: string; name: string; people: number }[];
  /** The member agencies the user may import past years for. */
  importable: { id: string; code: string; name: string }[];
}

/**
 * The people section's index (khen-thuong/ca-nhan): the year's member agencies whose people the
 * user may read — every member for the readers of all (secretary, chair, council staff), their
 * own for an agency's leader and officer, none for others. Two queries.
 */
export async function findPeopleAgencies(blocId: string, year: number): Promise<PeopleAgencies> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const members = await blocMembers(db(), blocId, year);
  const readable = members.filter((m) => readsPeopleOf(user, blocId, m.id));
  const counts = readable.length
    ? await db().personAgency.groupBy({ by: ["agencyId"], where: { agencyId: { in: readable.map((m) => m.id) } }, _count: { personId: true } })
    : [];
  const countOf = new Map(counts.map((c) => [c.agencyId, c._count.personId]));
  return {
    agencies: readable.map((m) => ({ ...m, people: countOf.get(m.id) ?? 0 })),
    importable: members.filter((m) => importsPeopleOf(user, blocId, m.id)),
  };
}
