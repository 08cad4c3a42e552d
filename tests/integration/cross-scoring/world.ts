import type { Role } from "@/lib/generated/prisma/client";
import { SaveCrossScoreInputSchema } from "@/lib/server/cross-scoring/cross-score-input";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";

export const YEAR = 2026;

function dayFromToday(offset: number): Date {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** VERIFICATION from `opens` to `closes` days from today; null removes the phase. */
export async function setVerification(cycleId: string, w: [number, number] | null) {
  await testDb().cyclePhase.deleteMany({ where: { cycleId, key: "VERIFICATION" } });
  if (w) await testDb().cyclePhase.create({ data: { cycleId, key: "VERIFICATION", opensOn: dayFromToday(w[0]), closesOn: dayFromToday(w[1]) } });
}

const NAMES = ["Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức", "Ban Nội chính", "Ủy ban Kiểm tra", "Văn phòng Tỉnh ủy", "Báo Đảng bộ"];

/**
 * Bloc A in 2026, CROSS_SCORING mode, VERIFICATION open, seven members a…g (a = btg first), each
 * with a SUBMITTED self sheet; a LOCKED table on a scale of 10: I (group) = 1.1 yes/no 5 +
 * 1.2 graded 5 (5/3/0); T1 bonus 1/unit ≤ 2; G1 gate. Bloc B with one member.
 * Users: leader and officer of a; leader of b; a CHAIR whose own agency is c; a SECRETARY with no
 * member agency; ADMIN; OBSERVER; bloc B's secretary; an officer of bloc B's member.
 */
export async function world() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const agencies = [];
  for (const name of NAMES) agencies.push(await makeAgency(db, { name: `${name} Tỉnh ủy` }));
  for (const a of agencies) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
  const [a, b, c, d, e, f, g] = agencies as [(typeof agencies)[number], ...typeof agencies];
  const outsider = await makeAgency(db, { name: "Văn phòng Thành ủy" });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR, scoringMode: "CROSS_SCORING" });
  await makeCycle(db, { blocId: blocB.id, year: YEAR, scoringMode: "CROSS_SCORING" });
  await setVerification(cycle.id, [-5, 5]);

  const table = await db.criteriaTable.create({ data: { cycleId: cycle.id, version: 1, title: `Bảng tiêu chí năm ${YEAR}`, scale: 10, status: "LOCKED", lockedAt: new Date() } });
  const cr = (code: string, data: Record<string, unknown>) =>
    db.criterion.create({ data: { tableId: table.id, code, name: `Tiêu chí ${code}`, order: 0, maxPoints: 0, type: "GROUP", ...data } as never });
  const group = await cr("I", { maxPoints: 10, order: 1 });
  const yesNo = await cr("1.1", { parentId: group.id, type: "YES_NO", maxPoints: 5, order: 1 });
  const graded = await cr("1.2", { parentId: group.id, type: "GRADED", maxPoints: 5, order: 2, levels: { create: [{ order: 1, label: "Tốt", points: 5 }, { order: 2, label: "Khá", points: 3 }, { order: 3, label: "Chưa đạt", points: 0 }] } });
  const bonus = await cr("T1", { type: "BONUS", maxPoints: 2, order: 2, pointsPerUnit: 1 });
  const gate = await cr("G1", { type: "GATE", order: 3 });
  // Every member self-scored: yes, level 1, no bonus, no veto → 10.
  for (const ag of agencies) {
    await db.scoreSheet.create({
      data: {
        cycleId: cycle.id, tableId: table.id, agencyId: ag.id, status: "SUBMITTED", submittedAt: new Date(),
        entries: { create: [[yesNo, 1], [graded, 1], [bonus, 0], [gate, 0]].map(([c, v]) => ({ criterionId: (c as { id: string }).id, minPoints: 0, maxPoints: 5, selfInput: v as number })) },
      },
    });
  }

  const user = async (role: Role, scope: { blocId?: string; agencyId?: string }, ownAgencyId?: string) => {
    const u = await makeUser(db, { agencyId: ownAgencyId ?? scope.agencyId });
    await db.roleAssignment.create({ data: { userId: u.id, role, ...scope } });
    return u.id;
  };
  const users = {
    ADMIN: await user("ADMIN", {}),
    SECRETARY: await user("SECRETARY", { blocId: blocA.id }),
    CHAIR: await user("CHAIR", { blocId: blocA.id }, c.id),
    OBSERVER: await user("OBSERVER", { blocId: blocA.id }),
    AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: a.id }),
    AGENCY_OFFICER: await user("AGENCY_OFFICER", { agencyId: a.id }),
    OTHER_AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: b.id }),
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_OFFICER: await user("AGENCY_OFFICER", { agencyId: outsider.id }),
  };
  return { db, blocA, blocB, a, b, c, d, e, f, g, agencies, outsider, cycle, table, group, yesNo, graded, bonus, gate, users };
}

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
export async function scoreDirectly(w: World, scorerAgencyId: string, targetAgencyId: string, points: { yesNo: number; graded: number; bonus: number }, submit = true) {
  const db = testDb();
  const base = { cycleId: w.cycle.id, scorerAgencyId, targetAgencyId };
  await db.crossScore.createMany({ data: [[w.yesNo.id, points.yesNo], [w.graded.id, points.graded], [w.bonus.id, points.bonus]].map(([criterionId, p]) => ({ ...base, criterionId: criterionId as string, points: p as number })) });
  if (submit) await db.crossScoreSubmission.create({ data: base });
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

export { signInAs };
