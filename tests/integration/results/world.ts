import type { CriterionType, Prisma, SheetStatus } from "@/lib/generated/prisma/client";
import { makeCycle } from "../../factories";
import { makeRoleUser, makeStandardUsers, makeTwoBlocs } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export const YEAR = 2026;

type Spec = { code: string; type: CriterionType; max: number; parent?: string; leader?: boolean; perUnit?: number; levels?: number[] };

/** Scale 100: I (I.1 yes/no 20, I.2 leader-relative 40), II (II.1 graded 40/34/28), bonus, penalty, gate. */
const CRITERIA: Spec[] = [
  { code: "I", type: "GROUP", max: 60 },
  { code: "I.1", type: "YES_NO", max: 20, parent: "I" },
  { code: "I.2", type: "QUANTITATIVE", max: 40, parent: "I", leader: true },
  { code: "II", type: "GROUP", max: 40 },
  { code: "II.1", type: "GRADED", max: 40, parent: "II", levels: [40, 34, 28] },
  { code: "III", type: "BONUS", max: 5, perUnit: 1 },
  { code: "IV", type: "PENALTY", max: 5, perUnit: 1 },
  { code: "V", type: "GATE", max: 0 },
];

/** A LOCKED criteria table built row by row (the table editor is another use case). */
export async function makeLockedTable(cycleId: string, version = 1) {
  const db = testDb();
  const table = await db.criteriaTable.create({
    data: { cycleId, version, title: `Bảng tiêu chí chấm điểm năm ${YEAR}`, scale: 100, status: "LOCKED", lockedAt: new Date() },
  });
  const ids: Record<string, { id: string; max: number }> = {};
  for (const [order, c] of CRITERIA.entries()) {
    const row = await db.criterion.create({
      data: {
        tableId: table.id,
        parentId: c.parent ? ids[c.parent]!.id : null,
        code: c.code,
        name: `Tiêu chí ${c.code}`,
        type: c.type,
        order,
        maxPoints: c.max,
        useLeaderFormula: c.leader ?? false,
        pointsPerUnit: c.perUnit ?? null,
        levels: c.levels ? { create: c.levels.map((points, i) => ({ order: i + 1, label: `Mức ${i + 1}`, points })) } : undefined,
      },
    });
    ids[c.code] = { id: row.id, max: c.max };
  }
  return { table, ids };
}

export type Table = Awaited<ReturnType<typeof makeLockedTable>>;
/** Raw inputs per criterion code: a number is selfInput; [actual, target] for I.2. */
export type Inputs = Partial<Record<string, number | [number, number] | Partial<Prisma.ScoreEntryUncheckedCreateInput>>>;

/** A VERIFIED sheet by default: the state the results rank in VERIFICATION mode. */
export async function makeSheet(t: Table, cycleId: string, agencyId: string, inputs: Inputs, status: SheetStatus = "VERIFIED") {
  const entries = Object.entries(inputs).map(([code, v]) => {
    const c = t.ids[code]!;
    const base = { criterionId: c.id, minPoints: 0, maxPoints: c.max };
    if (typeof v === "number") return { ...base, selfInput: v };
    if (Array.isArray(v)) return { ...base, actual: v[0], target: v[1] };
    return { ...base, ...v };
  });
  return testDb().scoreSheet.create({
    data: {
      cycleId,
      tableId: t.table.id,
      agencyId,
      status,
      submittedAt: new Date(),
      verifiedAt: status === "VERIFIED" ? new Date() : null,
      entries: { create: entries },
    },
    include: { entries: true },
  });
}

/**
 * Bloc A in 2026: three members with VERIFIED sheets on the LOCKED table v1 (a DRAFT v2 exists
 * too) and one member without a sheet (not ranked); bloc B with one member. One user per role on bloc A or on btg.
 *   btg: I.1 yes, I.2 12/10 (the leader), II.1 level 1, 2 bonuses           → 100 + 2 = 102
 *   bdv: I.1 yes, I.2 11/10 (20 + 20·0.1/0.2 = 30), II.1 level 2, 1 penalty → 84 − 1 = 83
 *   btc: I.1 no, I.2 10/10 (20), II.1 level 3, the gate happened             → 48, vetoed
 */
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, {
    year: YEAR,
    members: ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Nội chính Tỉnh ủy"],
    outsider: "Văn phòng Thành ủy",
  });
  const [btg, bdv, btc, bnc] = members;
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  const t = await makeLockedTable(cycle.id);
  await db.criteriaTable.create({ data: { cycleId: cycle.id, version: 2, title: "Bản nháp", scale: 100, status: "DRAFT" } });
  const sheets = {
    btg: await makeSheet(t, cycle.id, btg.id, { "I.1": 1, "I.2": [12, 10], "II.1": 1, III: 2, IV: 0, V: 0 }),
    bdv: await makeSheet(t, cycle.id, bdv.id, { "I.1": 1, "I.2": [11, 10], "II.1": 2, III: 0, IV: 1, V: 0 }),
    btc: await makeSheet(t, cycle.id, btc.id, { "I.1": 0, "I.2": [10, 10], "II.1": 3, III: 0, IV: 0, V: 1 }),
  };

  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
  };
  return { db, blocA, blocB, btg, bdv, btc, bnc, outsider, cycle, t, sheets, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];
