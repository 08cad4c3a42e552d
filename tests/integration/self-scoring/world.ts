import type { Role } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../../factories";
import { testDb } from "../setup/db";

export const YEAR = 2026;

function dayFromToday(offset: number): Date {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** SELF_SCORING from `opens` to `closes` days from today; null removes the phase. */
export async function setSelfScoring(cycleId: string, w: [number, number] | null) {
  await testDb().cyclePhase.deleteMany({ where: { cycleId, key: "SELF_SCORING" } });
  if (w) await testDb().cyclePhase.create({ data: { cycleId, key: "SELF_SCORING", opensOn: dayFromToday(w[0]), closesOn: dayFromToday(w[1]) } });
}

/**
 * A LOCKED table on a scale of 10, built directly (the table editor is another use case):
 * I (group) = 1.1 graded (5/3/0) + 1.2 yes/no 3 (evidence) + 1.3 quantitative 2 (N/A allowed);
 * T1 bonus 1/unit ≤ 2; P1 penalty 1/unit; G1 gate.
 */
export async function makeLockedTable(cycleId: string, version = 1) {
  const db = testDb();
  const table = await db.criteriaTable.create({ data: { cycleId, version, title: `Bảng tiêu chí năm ${YEAR}`, scale: 10, status: "LOCKED", lockedAt: new Date() } });
  const c = (code: string, data: Record<string, unknown>) =>
    db.criterion.create({ data: { tableId: table.id, code, name: `Tiêu chí ${code}`, order: 0, maxPoints: 0, type: "GROUP", ...data } as never });
  const group = await c("I", { name: "Thực hiện nhiệm vụ chính trị", maxPoints: 10, order: 1 });
  const graded = await c("1.1", { parentId: group.id, type: "GRADED", maxPoints: 5, order: 1, levels: { create: [{ order: 1, label: "Tốt", points: 5 }, { order: 2, label: "Khá", points: 3 }, { order: 3, label: "Chưa đạt", points: 0 }] } });
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
export async function world() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const btg = await makeAgency(db, { name: "Ban Tuyên giáo Tỉnh ủy" });
  const bdv = await makeAgency(db, { name: "Ban Dân vận Tỉnh ủy" });
  for (const a of [btg, bdv]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
  const outsider = await makeAgency(db, { name: "Văn phòng Thành ủy" });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  await setSelfScoring(cycle.id, [-5, 5]);
  const t = await makeLockedTable(cycle.id);

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
    AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: btg.id }),
    AGENCY_OFFICER: await user("AGENCY_OFFICER", { agencyId: btg.id }),
    OTHER_AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: bdv.id }),
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_OFFICER: await user("AGENCY_OFFICER", { agencyId: outsider.id }),
  };
  return { db, blocA, blocB, btg, bdv, outsider, cycle, ...t, users };
}

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

export function auditOf(entity: string) {
  return testDb().auditLog.findMany({ where: { entity }, orderBy: { at: "asc" } });
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
