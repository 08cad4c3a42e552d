import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Principal } from "@/lib/domain/roles";
import { PERSON_TITLES } from "@/lib/domain/people/person-titles";
import { sortVi } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

export interface MemberAgency {
  id: string;
  code: string;
  name: string;
}

/** The bloc's member agencies of the year, by name. One query. */
export async function blocMembers(client: Client, blocId: string, year: number): Promise<MemberAgency[]> {
  const rows = await client.membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, code: true, name: true } } } });
  return sortVi(
    rows.map((r) => r.agency),
    (a) => a.name,
  );
}

/** Whose people the user reads: every member (readers of all) or their own agency's (docs/decisions/0036). */
export const readsPeopleOf = (user: Principal, blocId: string, agencyId: string) =>
  can(user, "person:read-all", { blocId }) || can(user, "person:edit:own", { blocId, agencyId });

/** Whose past years the user imports: any member (the bloc's secretary and chair) or their own agency's. */
export const importsPeopleOf = (user: Principal, blocId: string, agencyId: string) =>
  can(user, "person:manage", { blocId }) || can(user, "person:edit:own", { blocId, agencyId });

/**
 * The scope an import is authorized on: the bloc alone for its managers, else the first member
 * agency the user works for (their own), so `authorize` answers FORBIDDEN for everyone else.
 */
export function importScope(user: Principal, blocId: string, members: readonly MemberAgency[]): { blocId: string; agencyId: string | null } {
  const own = members.find((m) => can(user, "person:edit:own", { blocId, agencyId: m.id }));
  return { blocId, agencyId: own?.id ?? null };
}

/** The titles a record may hold: the individual titles, then the bloc's individual forms of any year (latest name). One query. */
export async function knownTitles(client: Client, blocId: string): Promise<{ code: string; name: string }[]> {
  const forms = await client.awardForm.findMany({
    where: { target: "INDIVIDUAL", cycle: { blocId } },
    select: { code: true, name: true },
    orderBy: [{ cycle: { year: "desc" } }, { order: "asc" }],
  });
  const seen = new Set<string>(PERSON_TITLES.map((t) => t.code));
  const out: { code: string; name: string }[] = PERSON_TITLES.map((t) => ({ code: t.code, name: t.name }));
  for (const f of forms) {
    if (seen.has(f.code)) continue;
    seen.add(f.code);
    out.push(f);
  }
  return out;
}
