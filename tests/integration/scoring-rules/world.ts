import { makeCycle } from "../../factories";
import { auditRows, makeRoleUser, makeStandardUsers, makeTwoBlocs, manageOutcomes, type Outcome } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused, type Outcome } from "../setup/bloc-world";

export const YEAR = 2026;

/**
 * Bloc A with two members (BTG, BDV) and its 2026 cycle, whose rules already hold keys other
 * features own (vote defaults, a bonus cap) and one award form that needs the band XUAT_SAC;
 * bloc B with its own member and cycle. One user per role on bloc A (agency roles on BTG),
 * and a secretary, chair and officer of bloc B.
 */
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: YEAR, outsider: "Ban Nội chính khối khác" });
  const [btg, bdv] = members;
  const cycleA = await makeCycle(db, { blocId: blocA.id, year: YEAR, rules: { votes: { quorumPct: 50 }, bonusCap: 8 } });
  const cycleB = await makeCycle(db, { blocId: blocB.id, year: YEAR });
  await db.awardForm.create({
    data: {
      cycleId: cycleA.id,
      code: "TTLDXS",
      name: "Tập thể lao động xuất sắc",
      target: "COLLECTIVE",
      authorityKind: "AGENCY_HEAD",
      authorityName: "Thủ trưởng cơ quan",
      minBand: "XUAT_SAC",
      order: 1,
    },
  });

  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    BDV_OFFICER: await makeRoleUser(db, "AGENCY_OFFICER", { agencyId: bdv.id }),
    OTHER_CHAIR: await makeRoleUser(db, "CHAIR", { blocId: blocB.id }),
  };
  return { db, blocA, blocB, btg, bdv, cycleA, cycleB, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** "cycle:manage": the bloc's secretary and chair; others of bloc A see it but may not; bloc B's users do not see it. */
export const MANAGE_OUTCOMES: [Who, Outcome][] = manageOutcomes<Who>({ forbidden: ["BDV_OFFICER"], notFound: ["OTHER_CHAIR"] });

export async function rulesOf(cycleId: string) {
  return (await testDb().cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { rules: true } })).rules as Record<string, unknown> | null;
}

export async function tokenOf(cycleId: string) {
  return (await testDb().cycle.findUniqueOrThrow({ where: { id: cycleId } })).updatedAt.toISOString();
}

export function auditOf(entityId: string) {
  return auditRows(testDb(), "Cycle", entityId);
}
