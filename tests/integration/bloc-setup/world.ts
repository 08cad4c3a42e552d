import { auditRows, makeStandardUsers, makeTwoBlocs, manageOutcomes, type Outcome } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused } from "../setup/bloc-world";

/**
 * Two blocs in 2025. Bloc A (province P) has three members; bloc B has one
 * member of its own, also an agency of P. One user per role, on bloc A or its
 * first member, plus a secretary of bloc B and an officer of B's member
 * ("other bloc").
 */
async function buildWorld() {
  const db = testDb();
  const province = await db.province.create({ data: { code: `P${Math.random().toString(36).slice(2, 8)}`, name: "Kon Tum" } });
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, {
    year: 2025,
    members: ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"],
    outsider: "Ban Nội chính Tỉnh ủy khác",
    blocA: { provinceId: province.id },
    agency: { provinceId: province.id },
  });
  const [btg, bdv, btc] = members;
  // Bloc B is another bloc of province P: its member is in P's register, so bloc A may take it on (docs/decisions/0011).
  await db.agency.update({ where: { id: outsider.id }, data: { provinceId: province.id } });
  const users = await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider });
  return { db, province, blocA, blocB, btg, bdv, btc, outsider, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/**
 * What each role gets from a use case that changes bloc A's set-up: its
 * secretary and chair, and council staff of its province, may; the others of
 * bloc A see it but may not; users of bloc B and council staff of another
 * province do not even see it.
 */
export const MANAGE_OUTCOMES: [Who, Outcome][] = manageOutcomes<Who>({ council: "ok" });

/** The audit rows of one entity, oldest first. */
export function auditOf(entity: string, entityId?: string) {
  return auditRows(testDb(), entity, entityId);
}
