import type { Role } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeMembership, makeUser } from "../../factories";
import { testDb } from "../setup/db";

/**
 * Two blocs in 2025. Bloc A (province P) has three members; bloc B has one
 * member of its own. One user per role, on bloc A or its first member, plus
 * a secretary of bloc B and an officer of B's member ("other bloc").
 */
export async function world() {
  const db = testDb();
  const province = await db.province.create({ data: { code: `P${Math.random().toString(36).slice(2, 8)}`, name: "Kon Tum" } });
  const [blocA, blocB] = await Promise.all([makeBloc(db, { provinceId: province.id }), makeBloc(db)]);
  const [btg, bdv, btc] = await Promise.all(
    ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"].map((name) => makeAgency(db, { name, provinceId: province.id })),
  );
  for (const a of [btg!, bdv!, btc!]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: 2025 });
  const outsider = await makeAgency(db, { name: "Ban Nội chính Tỉnh ủy khác" });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: 2025 });

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
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_OFFICER: await user("AGENCY_OFFICER", { agencyId: outsider.id }),
  };
  return { db, province, blocA, blocB, btg: btg!, bdv: bdv!, btc: btc!, outsider, users };
}

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/**
 * What each role gets from a use case that changes bloc A's set-up: its
 * secretary and chair may; the others of bloc A (and council staff) see it
 * but may not; users of bloc B do not even see it.
 */
export const MANAGE_OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["ADMIN", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

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
