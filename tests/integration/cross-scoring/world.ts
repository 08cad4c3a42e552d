import { SaveCrossScoreInputSchema } from "@/lib/schemas/cross-score-input";
import { makeCycle } from "../../factories";
import { makeRoleUser, makeStandardUsers, makeTwoBlocs, setPhaseWindow } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused } from "../setup/bloc-world";

export const YEAR = 2026;

/** VERIFICATION from `opens` to `closes` days from today; null removes the phase. */
export async function setVerification(cycleId: string, w: [number, number] | null) {
  await setPhaseWindow(testDb(), cycleId, "VERIFICATION", w);
}

const NAMES = ["Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức", "Ban Nội chính", "Ủy ban Kiểm tra", "Văn phòng Tỉnh ủy", "Báo Đảng bộ"] as const;

/**
 * Bloc A in 2026, CROSS_SCORING mode, VERIFICATION open, seven members a…g (a = btg first), each
 * with a SUBMITTED self sheet; a LOCKED table on a scale of 10: I (group) = 1.1 yes/no 5 +
 * 1.2 graded 5 (5/3/0); T1 bonus 1/unit ≤ 2; G1 gate. Bloc B with one member.
 * Users: leader and officer of a; leader of b; a CHAIR whose own agency is c; a SECRETARY with no
 * member agency; ADMIN; OBSERVER; bloc B's secretary; an officer of bloc B's member.
 */
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, {
    year: YEAR,
    members: NAMES.map((name) => `${name} Tỉnh ủy`),
    outsider: "Văn phòng Thành ủy",
  });
  const agencies = [...members];
  const [a, b, c, d, e, f, g] = agencies as [(typeof agencies)[number], ...typeof agencies];
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR, scoringMode: "CROSS_SCORING" });
  await makeCycle(db, { blocId: blocB.id, year: YEAR, scoringMode: "CROSS_SCORING" });
  await setVerification(cycle.id, [-5, 5]);

  const table = await db.criteriaTable.create({
    data: { cycleId: cycle.id, version: 1, title: `Bảng tiêu chí năm ${YEAR}`, scale: 10, status: "LOCKED", lockedAt: new Date() },
  });
  const cr = (code: string, data: Record<string, unknown>) =>
    db.criterion.create({ data: { tableId: table.id, code, name: `Tiêu chí ${code}`, order: 0, maxPoints: 0, type: "GROUP", ...data } as never });
  const group = await cr("I", { maxPoints: 10, order: 1 });
  const yesNo = await cr("1.1", { parentId: group.id, type: "YES_NO", maxPoints: 5, order: 1 });
  const graded = await cr("1.2", {
    parentId: group.id,
    type: "GRADED",
    maxPoints: 5,
    order: 2,
    levels: {
      create: [
        { order: 1, label: "Tốt", points: 5 },
        { order: 2, label: "Khá", points: 3 },
        { order: 3, label: "Chưa đạt", points: 0 },
      ],
    },
  });
  const bonus = await cr("T1", { type: "BONUS", maxPoints: 2, order: 2, pointsPerUnit: 1 });
  const gate = await cr("G1", { type: "GATE", order: 3 });
  // Every member self-scored: yes, level 1, no bonus, no veto → 10.
  for (const ag of agencies) {
    await db.scoreSheet.create({
      data: {
        cycleId: cycle.id,
        tableId: table.id,
        agencyId: ag.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        entries: {
          create: [
            [yesNo, 1],
            [graded, 1],
            [bonus, 0],
            [gate, 0],
          ].map(([c, v]) => ({ criterionId: (c as { id: string }).id, minPoints: 0, maxPoints: 5, selfInput: v as number })),
        },
      },
    });
  }

  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: a, outsider, as: { CHAIR: { agencyId: c.id } } })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: b.id }),
  };
  return { db, blocA, blocB, a, b, c, d, e, f, g, agencies, outsider, cycle, table, group, yesNo, graded, bonus, gate, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** The save action's input from raw form fields. */
export function crossInput(scorerAgencyId: string, targetAgencyId: string, criterionId: string, points: string, previous = "") {
  return SaveCrossScoreInputSchema.parse({ scorerAgencyId, targetAgencyId, criterionId, points, previous });
}

/**
 * Writes `scorer`'s scores of `target` directly (another agency's users are not the subject of
 * the test) and, unless told otherwise, its submission.
 */
export async function scoreDirectly(
  w: World,
  scorerAgencyId: string,
  targetAgencyId: string,
  points: { yesNo: number; graded: number; bonus: number },
  submit = true,
) {
  const db = testDb();
  const base = { cycleId: w.cycle.id, scorerAgencyId, targetAgencyId };
  await db.crossScore.createMany({
    data: [
      [w.yesNo.id, points.yesNo],
      [w.graded.id, points.graded],
      [w.bonus.id, points.bonus],
    ].map(([criterionId, p]) => ({ ...base, criterionId: criterionId as string, points: p as number })),
  });
  if (submit) await db.crossScoreSubmission.create({ data: base });
}

export { signInAs };
