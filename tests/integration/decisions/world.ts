import { makeRoleUser, type RoleScope } from "../setup/bloc-world";
import type { NominationStatus, Role } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export const YEAR = 2026;

/**
 * Bloc A (btg, bdv members in 2025 and 2026) with a catalogue per year and nominations of 2026:
 * btg for Cờ (SENT), a person of btg for Bằng khen (SENT), bdv for Bằng khen (SENT) and bdv for
 * Cờ still PROPOSED. Bloc B with one member. One user per role.
 */
async function buildWorld() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const btg = await makeAgency(db, { name: "Ban Tuyên giáo Tỉnh ủy" });
  const bdv = await makeAgency(db, { name: "Ban Dân vận Tỉnh ủy" });
  for (const y of [YEAR - 1, YEAR]) for (const a of [btg, bdv]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: y });
  const outsider = await makeAgency(db, { name: "Văn phòng Thành ủy" });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  const lastCycle = await makeCycle(db, { blocId: blocA.id, year: YEAR - 1 });
  const form = (cycleId: string, code: string, name: string, order: number, target: "COLLECTIVE" | "INDIVIDUAL" = "COLLECTIVE") =>
    db.awardForm.create({ data: { cycleId, code, name, target, authorityKind: "PROVINCE_CHAIR", authorityName: "Chủ tịch UBND tỉnh", order } });
  const flag = await form(cycle.id, "CO_TINH", "Cờ thi đua của UBND tỉnh", 1);
  const merit = await form(cycle.id, "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", 2);
  const meritPerson = await form(cycle.id, "BK_CN", "Bằng khen cá nhân", 3, "INDIVIDUAL");
  const lastMerit = await form(lastCycle.id, "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", 2);
  const nominate = (data: {
    agencyId: string;
    awardFormId: string;
    status: NominationStatus;
    target?: "COLLECTIVE" | "INDIVIDUAL";
    personName?: string;
    cycleId?: string;
    priority?: number;
  }) => db.nomination.create({ data: { cycleId: cycle.id, target: "COLLECTIVE", ...data } });
  const nBtgFlag = await nominate({ agencyId: btg.id, awardFormId: flag.id, status: "SENT", priority: 1 });
  const nPerson = await nominate({
    agencyId: btg.id,
    awardFormId: meritPerson.id,
    status: "SENT",
    target: "INDIVIDUAL",
    personName: "Nguyễn Thị Hoa",
    priority: 1,
  });
  const nBdvMerit = await nominate({ agencyId: bdv.id, awardFormId: merit.id, status: "SENT", priority: 1 });
  const nBdvProposed = await nominate({ agencyId: bdv.id, awardFormId: flag.id, status: "PROPOSED" });
  const nLast = await nominate({ agencyId: btg.id, awardFormId: lastMerit.id, status: "SENT", cycleId: lastCycle.id });

  const user = (role: Role, scope: RoleScope) => makeRoleUser(db, role, scope);
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
  return {
    db,
    blocA,
    blocB,
    btg,
    bdv,
    outsider,
    cycle,
    lastCycle,
    flag,
    merit,
    meritPerson,
    lastMerit,
    nBtgFlag,
    nPerson,
    nBdvMerit,
    nBdvProposed,
    nLast,
    users,
  };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

export { expectRefused } from "../setup/bloc-world";
