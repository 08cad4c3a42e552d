import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { testDb } from "../setup/db";
import { YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** A bloc of n agencies × m YES_NO criteria under one group, every entry scored. */
async function scoredBloc(agencies: number, criteria: number) {
  const db = testDb();
  const bloc = await makeBloc(db);
  const cycle = await makeCycle(db, { blocId: bloc.id, year: YEAR });
  const table = await db.criteriaTable.create({ data: { cycleId: cycle.id, version: 1, title: "Bảng", scale: 100, status: "LOCKED" } });
  const group = await db.criterion.create({ data: { tableId: table.id, code: "I", name: "Nhóm I", type: "GROUP", order: 0, maxPoints: 100 } });
  await db.criterion.createMany({
    data: Array.from({ length: criteria }, (_, i) => ({ tableId: table.id, parentId: group.id, code: `I.${i + 1}`, name: `Tiêu chí ${i + 1}`, type: "YES_NO" as const, order: i + 1, maxPoints: 100 / criteria })),
  });
  const leaves = await db.criterion.findMany({ where: { tableId: table.id, type: "YES_NO" } });
  for (let a = 0; a < agencies; a++) {
    const agency = await makeAgency(db);
    await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: YEAR });
    const sheet = await db.scoreSheet.create({ data: { cycleId: cycle.id, tableId: table.id, agencyId: agency.id } });
    await db.scoreEntry.createMany({ data: leaves.map((c) => ({ sheetId: sheet.id, criterionId: c.id, minPoints: 0, maxPoints: c.maxPoints, selfInput: a % 2 })) });
  }
  return bloc;
}

/** Counts Prisma operations (a nested include is one operation; its SQL round trips are constant too). */
async function countQueries(blocId: string) {
  let count = 0;
  const counting = testDb().$extends({
    query: {
      async $allOperations({ args, query }) {
        count++;
        return query(args);
      },
    },
  });
  const view = await computeBlocResultsWith(counting as unknown as PrismaClient, blocId, YEAR);
  return { count, view };
}

describe("computeBlocResultsWith: a constant number of queries", () => {
  it("makes as many queries for 12 agencies × 30 criteria as for 3 × 5", async () => {
    const small = await countQueries((await scoredBloc(3, 5)).id);
    const large = await countQueries((await scoredBloc(12, 30)).id);
    expect(small.view.status === "READY" && small.view.rows).toHaveLength(3);
    expect(large.view.status === "READY" && large.view.rows).toHaveLength(12);
    expect(small.count).toBe(4);
    expect(large.count).toBe(small.count);
  });
});
