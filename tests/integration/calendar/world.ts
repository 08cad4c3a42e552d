import { defaultPhaseDates } from "@/lib/domain/calendar";
import type { PhaseKey } from "@/lib/domain/cycle-phase";
import type { Role } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../../factories";
import { testDb } from "../setup/db";

export const YEAR = 2026;

/** A calendar day as stored in a @db.Date column. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Today (Vietnam) moved by n days, as "yyyy-MM-dd": phases are placed around the real clock, not a faked one. */
export function fromToday(n: number): string {
  const t = new Date(`${todayInVietnam()}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/**
 * Bloc A (2026) with two members, BTG and BDV, and a cycle with the nine
 * default phases; bloc B with its own member and cycle. One user per role on
 * bloc A (agency roles on BTG), an officer of BDV (same bloc, other agency),
 * and a secretary, chair and officer of bloc B (other bloc).
 */
export async function world() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const [btg, bdv, outsider, stranger] = await Promise.all(
    ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính khối khác", "Cơ quan ngoài khối"].map((name) => makeAgency(db, { name })),
  );
  for (const a of [btg!, bdv!]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider!.id, year: YEAR });
  const phases = defaultPhaseDates(YEAR).map((p) => ({ key: p.key, opensOn: day(p.opensOn), closesOn: day(p.closesOn) }));
  const cycleA = await makeCycle(db, { blocId: blocA.id, year: YEAR, phases: { create: phases } });
  const cycleB = await makeCycle(db, { blocId: blocB.id, year: YEAR, phases: { create: phases } });

  const user = async (role: Role, scope: { blocId?: string; agencyId?: string }) => {
    const u = await makeUser(db, { agencyId: scope.agencyId });
    await db.roleAssignment.create({ data: { userId: u.id, role, ...scope } });
    return u.id;
  };
  const users = {
    ADMIN: await user("ADMIN", {}),
    SECRETARY: await user("SECRETARY", { blocId: blocA.id }),
    CHAIR: await user("CHAIR", { blocId: blocA.id }),
    OBSERVER: await user("OBSERVER", { blocId: blocA.id }),
    AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: btg!.id }),
    AGENCY_OFFICER: await user("AGENCY_OFFICER", { agencyId: btg!.id }),
    BDV_OFFICER: await user("AGENCY_OFFICER", { agencyId: bdv!.id }),
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_CHAIR: await user("CHAIR", { blocId: blocB.id }),
    OTHER_OFFICER: await user("AGENCY_OFFICER", { agencyId: outsider!.id }),
  };
  return { db, blocA, blocB, btg: btg!, bdv: bdv!, outsider: outsider!, stranger: stranger!, cycleA, cycleB, users };
}

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];
type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND";

/** "cycle:manage": the bloc's secretary and chair; others of bloc A see it but may not; bloc B's users do not see it. */
export const MANAGE_OUTCOMES: [Who, Outcome][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["ADMIN", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_CHAIR", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

/** Moves one stored phase of a cycle (no validation: tests place phases around today). */
export function setPhase(cycleId: string, key: PhaseKey, dates: { opensOn: string; closesOn: string; reopenedUntil?: string | null; reopenReason?: string | null }) {
  return testDb().cyclePhase.update({
    where: { cycleId_key: { cycleId, key } },
    data: {
      opensOn: day(dates.opensOn),
      closesOn: day(dates.closesOn),
      reopenedUntil: dates.reopenedUntil ? day(dates.reopenedUntil) : null,
      reopenReason: dates.reopenReason ?? null,
    },
  });
}

export function auditOf(entity: string, entityId?: string) {
  return testDb().auditLog.findMany({ where: { entity, ...(entityId ? { entityId } : {}) }, orderBy: { at: "asc" } });
}

export async function expectRefused(p: Promise<unknown>, code: string) {
  try {
    await p;
  } catch (e) {
    if ((e as { code?: string }).code === code) return e as { code: string; message: string; fieldErrors?: Record<string, string[]> };
    throw e;
  }
  throw new Error(`expected ${code}, but it succeeded`);
}
