import type { Role } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../../factories";
import { testDb } from "../setup/db";

export const YEAR = 2026;

/**
 * Bloc A with two members (BTG, BDV) and its 2026 cycle, whose rules already hold keys other
 * features own (vote defaults, a bonus cap) and one award form that needs the band XUAT_SAC;
 * bloc B with its own member and cycle. One user per role on bloc A (agency roles on BTG),
 * and a secretary, chair and officer of bloc B.
 */
export async function world() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const [btg, bdv, outsider] = await Promise.all(
    ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính khối khác"].map((name) => makeAgency(db, { name })),
  );
  for (const a of [btg!, bdv!]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider!.id, year: YEAR });
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
  return { db, blocA, blocB, btg: btg!, bdv: bdv!, cycleA, cycleB, users };
}

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];
export type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND";

/** "cycle:manage": the bloc's secretary and chair; others of bloc A see it but may not; bloc B's users do not see it. */
export const MANAGE_OUTCOMES: [Who, Outcome][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["ADMIN", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["BDV_OFFICER", "FORBIDDEN"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_CHAIR", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

export async function rulesOf(cycleId: string) {
  return (await testDb().cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { rules: true } })).rules as Record<string, unknown> | null;
}

export async function tokenOf(cycleId: string) {
  return (await testDb().cycle.findUniqueOrThrow({ where: { id: cycleId } })).updatedAt.toISOString();
}

export function auditOf(entityId: string) {
  return testDb().auditLog.findMany({ where: { entity: "Cycle", entityId }, orderBy: { at: "asc" } });
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
