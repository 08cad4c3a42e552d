import { makeCycle } from "../../factories";
import { auditRows, makeRoleUser, makeStandardUsers, makeTwoBlocs, setPhaseWindow } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused } from "../setup/bloc-world";

export const YEAR = 2026;

/** SELF_SCORING from `opens` to `closes` days from today; null removes the phase. */
export async function setSelfScoring(cycleId: string, w: [number, number] | null) {
  await setPhaseWindow(testDb(), cycleId, "SELF_SCORING", w);
}

/**
 * A LOCKED table on a scale of 10, built directly (the table editor is another use case):
 * I (group) = 1.1 graded (5/3/0) + 1.2 yes/no 3 (evidence) + 1.3 quantitative 2 (N/A allowed);
 * T1 bonus 1/unit ≤ 2; P1 penalty 1/unit; G1 gate.
 */
export async function makeLockedTable(cycleId: string, version = 1) {
  const db = testDb();
  const table = await db.criteriaTable.create({
    data: { cycleId, version, title: `Bảng tiêu chí năm ${YEAR}`, scale: 10, status: "LOCKED", lockedAt: new Date() },
  });
  const c = (code: string, data: Record<string, unknown>) =>
    db.criterion.create({ data: { tableId: table.id, code, name: `Tiêu chí ${code}`, order: 0, maxPoints: 0, type: "GROUP", ...data } as never });
  const group = await c("I", { name: "Thực hiện nhiệm vụ chính trị", maxPoints: 10, order: 1 });
  const graded = await c("1.1", {
    parentId: group.id,
    type: "GRADED",
    maxPoints: 5,
    order: 1,
    levels: {
      create: [
        { order: 1, label: "Tốt", points: 5 },
        { order: 2, label: "Khá", points: 3 },
        { order: 3, label: "Chưa đạt", points: 0 },
      ],
    },
  });
  const yesNo = await c("1.2", { parentId: group.id, type: "YES_NO", maxPoints: 3, order: 2, evidenceRequired: true });
  const quant = await c("1.3", { parentId: group.id, type: "QUANTITATIVE", maxPoints: 2, order: 3, allowNA: true });
  const bonus = await c("T1", { type: "BONUS", maxPoints: 2, order: 2, pointsPerUnit: 1 });
  const penalty = await c("P1", { type: "PENALTY", maxPoints: 5, order: 3, pointsPerUnit: 1 });
  const gate = await c("G1", { type: "GATE", order: 4 });
  return { table, group, graded, yesNo, quant, bonus, penalty, gate };
}

/**
 * Bloc A in 2026 (btg, bdv members; SELF_SCORING open; a LOCKED table) and bloc B with one
 * member. One user per role on bloc A or btg, a leader of bdv, a secretary and officer of bloc B.
 */
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: YEAR, outsider: "Văn phòng Thành ủy" });
  const [btg, bdv] = members;
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  await setSelfScoring(cycle.id, [-5, 5]);
  const t = await makeLockedTable(cycle.id);

  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
  };
  return { db, blocA, blocB, btg, bdv, outsider, cycle, ...t, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

export function auditOf(entity: string) {
  return auditRows(testDb(), entity);
}
