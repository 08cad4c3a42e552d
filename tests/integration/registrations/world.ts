import { RegistrationInputSchema } from "@/lib/schemas/registration";
import { makeCycle } from "../../factories";
import { auditRows, dayFromToday, makeRoleUser, makeStandardUsers, makeTwoBlocs } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { dayFromToday, expectRefused } from "../setup/bloc-world";

/** Schedules: registration open now; or closed, with pledge signing open; or both closed. */
export type Schedule = "REGISTRATION_OPEN" | "SIGNING_OPEN" | "ALL_CLOSED";

export async function schedule(cycleId: string, which: Schedule) {
  const db = testDb();
  await db.cyclePhase.deleteMany({ where: { cycleId } });
  const [reg, sign] =
    which === "REGISTRATION_OPEN"
      ? [
          [-5, 5],
          [6, 20],
        ]
      : which === "SIGNING_OPEN"
        ? [
            [-20, -1],
            [0, 10],
          ]
        : [
            [-30, -11],
            [-10, -1],
          ];
  await db.cyclePhase.createMany({
    data: [
      { cycleId, key: "REGISTRATION", opensOn: dayFromToday(reg![0]!), closesOn: dayFromToday(reg![1]!) },
      { cycleId, key: "PLEDGE_SIGNING", opensOn: dayFromToday(sign![0]!), closesOn: dayFromToday(sign![1]!) },
    ],
  });
}

/**
 * Bloc A (2026, registration open) with members BTG (the "own" agency) and
 * BDV; bloc B with its member "outsider". Award catalogue of A: two
 * collective titles and one individual; B's cycle has its own collective
 * title. One user per role on bloc A / BTG, plus users of BDV and of bloc B.
 */
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: 2026, outsider: "Ban Nội chính Tỉnh ủy khác" });
  const [btg, bdv] = members;
  const [cycleA, cycleB] = await Promise.all([makeCycle(db, { blocId: blocA.id, year: 2026 }), makeCycle(db, { blocId: blocB.id, year: 2026 })]);
  await schedule(cycleA.id, "REGISTRATION_OPEN");
  await schedule(cycleB.id, "REGISTRATION_OPEN");

  const form = (cycleId: string, code: string, name: string, target: "COLLECTIVE" | "INDIVIDUAL", order: number) =>
    db.awardForm.create({ data: { cycleId, code, name, target, authorityKind: "PROVINCE_CHAIR", authorityName: "Chủ tịch UBND tỉnh", order } });
  const titles = {
    ttldxs: await form(cycleA.id, "TTLDXS", "Tập thể lao động xuất sắc", "COLLECTIVE", 2),
    flag: await form(cycleA.id, "CO_TINH", "Cờ thi đua của UBND tỉnh", "COLLECTIVE", 1),
    individual: await form(cycleA.id, "CSTD", "Chiến sĩ thi đua cơ sở", "INDIVIDUAL", 3),
    otherCycle: await form(cycleB.id, "TTLDXS", "Tập thể lao động xuất sắc", "COLLECTIVE", 1),
  };

  const as = { SECRETARY: { name: "Lê Thị Mai Anh" }, AGENCY_LEADER: { name: "Đặng Thị Thanh Hà" }, AGENCY_OFFICER: { name: "Nguyễn Minh Châu" } };
  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider, as })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
    OTHER_AGENCY_OFFICER: await makeRoleUser(db, "AGENCY_OFFICER", { agencyId: bdv.id }),
  };
  return { db, blocA, blocB, cycleA, cycleB, btg, bdv, outsider, titles, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** A parsed registration of BTG for bloc A, as the form would send it. */
export function input(w: World, over: Partial<Record<string, unknown>> = {}) {
  return RegistrationInputSchema.parse({
    cycleId: w.cycleA.id,
    agencyId: w.btg.id,
    version: 0,
    titleIds: [w.titles.ttldxs.id],
    targets: [
      { text: "≥ 90% cán bộ đạt Lao động tiên tiến", kind: "PERCENT", value: "90", comparator: "AT_LEAST" },
      { text: "Hoàn thành 100% nhiệm vụ trọng tâm năm", kind: "TEXT", value: "" },
    ],
    note: "",
    ...over,
  });
}

/** The audit rows of a registration, oldest first. */
export function auditOf(entityId: string) {
  return auditRows(testDb(), "Registration", entityId);
}

/** Everything a registration write touches, to prove a refused write left no trace. */
export async function footprint() {
  const db = testDb();
  const [registrations, titles, targets, audits, notifications] = await Promise.all([
    db.registration.findMany({ orderBy: { id: "asc" } }),
    db.registrationTitle.count(),
    db.registrationTarget.findMany({ orderBy: [{ registrationId: "asc" }, { order: "asc" }] }),
    db.auditLog.count(),
    db.notification.count(),
  ]);
  return { registrations, titles, targets, audits, notifications };
}
