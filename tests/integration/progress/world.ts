import type { PledgeStatus, Role, TargetKind } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../../factories";
import { testDb } from "../setup/db";

export const YEAR = 2026;

/** A calendar day `offset` days from today (Vietnam), as the @db.Date value. */
export function dayFromToday(offset: number): Date {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** Sets EXECUTION and MID_YEAR_REVIEW to [opens, closes] days from today; null removes the phase. */
export async function setWindow(cycleId: string, windows: Partial<Record<"EXECUTION" | "MID_YEAR_REVIEW", [number, number] | null>>) {
  const db = testDb();
  for (const [key, w] of Object.entries(windows) as ["EXECUTION" | "MID_YEAR_REVIEW", [number, number] | null][]) {
    await db.cyclePhase.deleteMany({ where: { cycleId, key } });
    if (w) await db.cyclePhase.create({ data: { cycleId, key, opensOn: dayFromToday(w[0]), closesOn: dayFromToday(w[1]) } });
  }
}

const COMMITMENTS: { text: string; targetKind: TargetKind; targetValue?: number; targetUnit?: string }[] = [
  { text: "Phấn đấu cán bộ, công chức đạt Lao động tiên tiến", targetKind: "PERCENT", targetValue: 90, targetUnit: "% cán bộ, công chức" },
  { text: "Xây dựng cơ quan đạt chuẩn văn hóa", targetKind: "YES_NO" },
  { text: "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", targetKind: "TEXT" },
  { text: "Tin, bài tuyên truyền về phong trào thi đua", targetKind: "NUMBER", targetValue: 12, targetUnit: "tin, bài" },
];

/** A pledge version with the four commitments above, built directly (the pledge editor is another use case). */
export async function makePledge(cycleId: string, version: number, status: PledgeStatus) {
  return testDb().pledge.create({
    data: {
      cycleId,
      version,
      status,
      title: `Giao ước thi đua năm ${YEAR}`,
      lockedAt: status === "LOCKED" ? new Date() : null,
      commitments: { create: COMMITMENTS.map((c, i) => ({ number: i + 1, ...c })) },
    },
    include: { commitments: { orderBy: { number: "asc" } } },
  });
}

/**
 * Bloc A in 2026 (three members, progress window open, a LOCKED pledge) and
 * bloc B with one member. One user per role on bloc A or on Ban Tuyên giáo
 * (btg); a leader of Ban Dân vận (other agency, same bloc); a leader of an
 * agency that left bloc A after 2025; a secretary and an officer of bloc B.
 */
export async function world() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const [btg, bdv, btc] = await Promise.all(
    ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"].map((name) => makeAgency(db, { name })),
  );
  for (const a of [btg!, bdv!, btc!]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
  const formerMember = await makeAgency(db, { name: "Ban Nội chính Tỉnh ủy" });
  await makeMembership(db, { blocId: blocA.id, agencyId: formerMember.id, year: YEAR - 1 });
  const outsider = await makeAgency(db, { name: "Văn phòng Thành ủy" });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });

  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  await setWindow(cycle.id, { EXECUTION: [-30, 30], MID_YEAR_REVIEW: [-5, 5] });
  const pledge = await makePledge(cycle.id, 1, "LOCKED");

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
    OTHER_AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: bdv!.id }),
    FORMER_MEMBER_LEADER: await user("AGENCY_LEADER", { agencyId: formerMember.id }),
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_OFFICER: await user("AGENCY_OFFICER", { agencyId: outsider.id }),
  };
  return { db, blocA, blocB, btg: btg!, bdv: bdv!, btc: btc!, formerMember, outsider, cycle, pledge, users };
}

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** The audit rows of one entity, oldest first. */
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
