import type { PhaseKey } from "@/lib/generated/prisma/client";
import { PledgeDraftInputSchema } from "@/lib/schemas/pledge";
import { todayInVietnam } from "@/lib/server/clock";
import { openPledgeForSigning } from "@/lib/server/pledges/open-pledge-for-signing";
import { savePledgeDraft } from "@/lib/server/pledges/save-pledge-draft";
import { makeCycle } from "../../factories";
import { auditRows, makeStandardUsers, makeTwoBlocs, manageOutcomes, type Outcome } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused } from "../setup/bloc-world";

/** "yyyy-MM-dd" `days` from today (Vietnam): phases are set around the real clock. */
export function dayFrom(days: number): string {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const date = (days: number) => new Date(`${dayFrom(days)}T00:00:00Z`);

/**
 * Two blocs in this year. Bloc A has three members (BTG, BDV, BTC), a criteria
 * table (one group, two criteria) and registration closed but pledge signing
 * open today. Bloc B has one member. One user per role on bloc A or on BTG,
 * plus a secretary of bloc B and an officer of B's member.
 */
async function buildWorld() {
  const db = testDb();
  const year = Number(todayInVietnam().slice(0, 4));
  const province = await db.province.create({ data: { code: `P${Math.random().toString(36).slice(2, 8)}`, name: "Kon Tum" } });
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, {
    year,
    members: ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"],
    outsider: "Ban Nội chính khối khác",
    blocA: { name: "Khối thi đua các cơ quan Đảng tỉnh Kon Tum", provinceId: province.id },
    agency: { provinceId: province.id },
  });
  const [btg, bdv, btc] = members;
  const cycleA = await makeCycle(db, { blocId: blocA.id, year });
  const cycleB = await makeCycle(db, { blocId: blocB.id, year });
  for (const cycle of [cycleA, cycleB]) {
    await db.cyclePhase.createMany({
      data: [
        { cycleId: cycle.id, key: "REGISTRATION", opensOn: date(-60), closesOn: date(-20) },
        { cycleId: cycle.id, key: "PLEDGE_SIGNING", opensOn: date(-10), closesOn: date(10) },
      ],
    });
  }
  const table = await db.criteriaTable.create({ data: { cycleId: cycleA.id, version: 1, title: "Bảng tiêu chí", scale: 100 } });
  const group = await db.criterion.create({ data: { tableId: table.id, code: "I", name: "Công tác chính trị", type: "GROUP", order: 1, maxPoints: 40 } });
  const [c1, c2] = await Promise.all([
    db.criterion.create({ data: { tableId: table.id, parentId: group.id, code: "I.1", name: "Tuyên truyền", type: "GRADED", order: 1, maxPoints: 20 } }),
    db.criterion.create({
      data: { tableId: table.id, parentId: group.id, code: "I.2", name: "Học tập và làm theo Bác", type: "GRADED", order: 2, maxPoints: 20 },
    }),
  ]);

  const users = await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider });
  return { db, year, province, blocA, blocB, cycleA, cycleB, btg, bdv, btc, outsider, group, criteria: [c1!, c2!], users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** Secretary and chair manage the pledge; others of bloc A see it; bloc B's users do not. */
export const MANAGE_OUTCOMES: [Who, Outcome][] = manageOutcomes<Who>();

/** The draft form as parsed input; the second commitment is "≥ 90% cán bộ". */
export function draftInput(w: World, over: Record<string, unknown> = {}) {
  return PledgeDraftInputSchema.parse({
    blocId: w.blocA.id,
    year: String(w.year),
    pledgeId: "",
    title: `Giao ước thi đua năm ${w.year}`,
    theme: "Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả",
    bases: "Luật Thi đua, khen thưởng 2022\nChỉ thị 41-CT/TW",
    commitments: [
      { text: "Tuyên truyền, quán triệt nghị quyết", targetKind: "TEXT", criterionIds: [w.criteria[0].id] },
      { text: "Cán bộ đạt Lao động tiên tiến", targetKind: "PERCENT", targetValue: "90", targetComparator: "AT_LEAST", targetUnit: "cán bộ" },
    ],
    ...over,
  });
}

/** Moves a phase of bloc A's cycle (e.g. closes it: opens and closes in the past). */
export async function setPhase(w: World, key: PhaseKey, opensIn: number, closesIn: number) {
  await w.db.cyclePhase.update({ where: { cycleId_key: { cycleId: w.cycleA.id, key } }, data: { opensOn: date(opensIn), closesOn: date(closesIn) } });
}

/** A version 1 draft made by the secretary; returns its id and rowVersion. */
export async function makeDraft(w: World, over: Record<string, unknown> = {}) {
  signInAs(w.users.SECRETARY);
  const saved = await savePledgeDraft(draftInput(w, over));
  signInAs(null);
  return saved;
}

/** A version 1 opened for signatures. */
export async function makeSigning(w: World) {
  const { pledgeId, rowVersion } = await makeDraft(w);
  signInAs(w.users.SECRETARY);
  await openPledgeForSigning({ pledgeId, rowVersion });
  signInAs(null);
  return { pledgeId, rowVersion: rowVersion + 1 };
}

export function auditOf(entity: string, entityId?: string) {
  return auditRows(testDb(), entity, entityId);
}
