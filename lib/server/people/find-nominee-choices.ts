import "server-only";
import { can } from "@/lib/domain/permissions";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface NomineeChoice {
  id: string;
  /** "Phạm Thị Hồng (1980)": the name, and the birth year when recorded. */
  label: string;
  agencyId: string;
}

/**
 * The people an agency's leader or officer may name on an individual nomination (docs/decisions/0036):
 * those linked to the member agencies they draft for. One query (none without such agencies).
 */
export async function findNomineeChoices(blocId: string, year: number): Promise<NomineeChoice[]> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const own = [...new Set(user.grants.flatMap((g) => (g.agencyId && can(user, "nomination:edit:own", { blocId, agencyId: g.agencyId }) ? [g.agencyId] : [])))];
  if (own.length === 0) return [];
  const links = await db().personAgency.findMany({
    where: { agencyId: { in: own }, agency: { memberships: { some: { blocId, year } } } },
    select: { agencyId: true, person: { select: { id: true, name: true, birthYear: true } } },
  });
  const seen = new Set<string>();
  const choices = links.flatMap((l) => {
    const key = `${l.agencyId}|${l.person.id}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ id: l.person.id, label: l.person.birthYear ? `${l.person.name} (${l.person.birthYear})` : l.person.name, agencyId: l.agencyId }];
  });
  return sortVi(choices, (c) => c.label);
}
