import { defaultPhaseDates } from "@/lib/domain/calendar";
import type { PhaseKey } from "@/lib/domain/cycle-phase";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeCycle } from "../../factories";
import { auditRows, makeRoleUser, makeStandardUsers, makeTwoBlocs, manageOutcomes, type Outcome } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused } from "../setup/bloc-world";

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
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: YEAR, outsider: "Ban Nội chính khối khác" });
  const [btg, bdv] = members;
  const stranger = await makeAgency(db, { name: "Cơ quan ngoài khối" });
  const phases = defaultPhaseDates(YEAR).map((p) => ({ key: p.key, opensOn: day(p.opensOn), closesOn: day(p.closesOn) }));
  const cycleA = await makeCycle(db, { blocId: blocA.id, year: YEAR, phases: { create: phases } });
  const cycleB = await makeCycle(db, { blocId: blocB.id, year: YEAR, phases: { create: phases } });

  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    BDV_OFFICER: await makeRoleUser(db, "AGENCY_OFFICER", { agencyId: bdv.id }),
    OTHER_CHAIR: await makeRoleUser(db, "CHAIR", { blocId: blocB.id }),
  };
  return { db, blocA, blocB, btg, bdv, outsider, stranger, cycleA, cycleB, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** "cycle:manage": the bloc's secretary and chair; others of bloc A see it but may not; bloc B's users do not see it. */
export const MANAGE_OUTCOMES: [Who, Outcome][] = manageOutcomes<Who>({ notFound: ["OTHER_CHAIR"] });

/** "calendar:manage" (opening a year, its phases): council staff of the bloc's province as well. */
export const CALENDAR_OUTCOMES: [Who, Outcome][] = manageOutcomes<Who>({ notFound: ["OTHER_CHAIR"], council: "ok" });

/** Moves one stored phase of a cycle (no validation: tests place phases around today). */
export function setPhase(
  cycleId: string,
  key: PhaseKey,
  dates: { opensOn: string; closesOn: string; reopenedUntil?: string | null; reopenReason?: string | null },
) {
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
  return auditRows(testDb(), entity, entityId);
}
