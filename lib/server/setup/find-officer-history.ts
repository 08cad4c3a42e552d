import "server-only";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface OfficerTermRow {
  id: string;
  role: "HEAD" | "DEPUTY";
  agencyId: string;
  agencyName: string;
  personName: string | null;
  startsOn: string;
  endsOn: string;
  method: string;
  decisionRef: string | null;
  handoverOn: string | null;
}

/** Every Trưởng khối / Phó khối term of the bloc, all years, newest first, heads before deputies. One query. */
export async function findOfficerHistory(blocId: string): Promise<OfficerTermRow[]> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const terms = await db().officerTerm.findMany({
    where: { blocId },
    select: {
      id: true,
      role: true,
      personName: true,
      startsOn: true,
      endsOn: true,
      method: true,
      decisionRef: true,
      handoverOn: true,
      agency: { select: { id: true, name: true } },
    },
    orderBy: [{ startsOn: "desc" }, { role: "asc" }],
  });
  return terms.map((t) => ({
    id: t.id,
    role: t.role,
    agencyId: t.agency.id,
    agencyName: t.agency.name,
    personName: t.personName,
    startsOn: isoDay(t.startsOn),
    endsOn: isoDay(t.endsOn),
    method: t.method,
    decisionRef: t.decisionRef,
    handoverOn: t.handoverOn ? isoDay(t.handoverOn) : null,
  }));
}
