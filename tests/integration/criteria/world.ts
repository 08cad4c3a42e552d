import { expect } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { makeRoleUser, type RoleScope } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export const YEAR = 2026;
export type Who = "SECRETARY" | "CHAIR" | "AGENCY_LEADER" | "AGENCY_OFFICER" | "OBSERVER" | "ADMIN" | "OTHER_SECRETARY" | "OTHER_LEADER";
/** Who may change the table; readers of the bloc get FORBIDDEN, strangers NOT_FOUND. */
export const ROLE_OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_LEADER", "NOT_FOUND"],
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysFromToday = (n: number) => new Date(`${iso(new Date(Date.now() + n * 86_400_000))}T00:00:00Z`);

/** Bloc A with two member agencies and one user per role; bloc B with its own secretary and leader. */
async function buildWorld(opts: { selfScoringOpen?: boolean } = {}) {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  const lastCycle = await makeCycle(db, { blocId: blocA.id, year: YEAR - 1 });
  await makeCycle(db, { blocId: blocB.id, year: YEAR });
  // Self-scoring opens in a month unless the test wants it open (it then opened yesterday).
  const opens = opts.selfScoringOpen ? daysFromToday(-1) : daysFromToday(30);
  await db.cyclePhase.create({ data: { cycleId: cycle.id, key: "SELF_SCORING", opensOn: opens, closesOn: daysFromToday(60) } });
  const [own, other, outsider] = await Promise.all([makeAgency(db), makeAgency(db), makeAgency(db)]);
  for (const a of [own, other]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });
  const user = (role: Role, scope: RoleScope) => makeRoleUser(db, role, scope);
  const users: Record<Who, string> = {
    SECRETARY: await user("SECRETARY", { blocId: blocA.id }),
    CHAIR: await user("CHAIR", { blocId: blocA.id }),
    AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: own.id }),
    AGENCY_OFFICER: await user("AGENCY_OFFICER", { agencyId: own.id }),
    OBSERVER: await user("OBSERVER", { blocId: blocA.id }),
    ADMIN: await user("ADMIN", {}),
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_LEADER: await user("AGENCY_LEADER", { agencyId: outsider.id }),
  };
  const otherLeader = await user("AGENCY_LEADER", { agencyId: other.id });
  return { db, blocA, blocB, cycle, lastCycle, own, other, users, otherLeader };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);
export type World = Awaited<ReturnType<typeof world>>;

/** A valid 100-point table: group I (60) = 1.1 graded 40 + 1.2 yes/no 20; group II (40) = 2.1 quantitative 40. */
export async function makeTable(w: World, opts: { cycleId?: string; status?: "DRAFT" | "LOCKED"; version?: number } = {}) {
  const t = await w.db.criteriaTable.create({
    data: {
      cycleId: opts.cycleId ?? w.cycle.id,
      version: opts.version ?? 1,
      title: `Bảng tiêu chí năm ${YEAR}`,
      scale: 100,
      bonusCap: 5,
      status: opts.status ?? "DRAFT",
      lockedAt: opts.status === "LOCKED" ? new Date() : null,
    },
  });
  const node = (code: string, parentId: string | null, type: string, maxPoints: number, order: number) =>
    w.db.criterion.create({ data: { tableId: t.id, parentId, code, name: `Tiêu chí ${code}`, type: type as never, maxPoints, order } });
  const g1 = await node("I", null, "GROUP", 60, 1);
  const g2 = await node("II", null, "GROUP", 40, 2);
  const c11 = await node("1.1", g1.id, "GRADED", 40, 1);
  await w.db.criterionLevel.createMany({
    data: [
      { criterionId: c11.id, order: 1, label: "Tốt", points: 40, descriptor: "Hoàn thành vượt" },
      { criterionId: c11.id, order: 2, label: "Đạt", points: 30 },
    ],
  });
  const c12 = await node("1.2", g1.id, "YES_NO", 20, 2);
  const c21 = await node("2.1", g2.id, "QUANTITATIVE", 40, 1);
  return { table: t, g1, g2, c11, c12, c21 };
}

export async function expectRefused(p: Promise<unknown>, code: string, message?: RegExp) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "expected a refusal").toMatchObject({ code });
  if (message) expect((e as Error).message).toMatch(message);
  return e as { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

export async function snapshotTables(w: World) {
  const [tables, criteria, levels, audits] = await Promise.all([
    w.db.criteriaTable.findMany({ orderBy: { id: "asc" } }),
    w.db.criterion.findMany({ orderBy: { id: "asc" } }),
    w.db.criterionLevel.findMany({ orderBy: { id: "asc" } }),
    w.db.auditLog.count(),
  ]);
  return JSON.stringify({ tables, criteria, levels, audits });
}
