import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { testDb } from "../setup/db";
import { YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * A bloc of n agencies × m YES_NO criteria under one group, every entry scored and every sheet in
 * the state the results rank (VERIFIED; SUBMITTED in CROSS_SCORING mode, where every member also
 * scores and submits every other member).
 */
async function scoredBloc(agencies: number, criteria: number, mode: "VERIFICATION" | "CROSS_SCORING" = "VERIFICATION") {
  const db = testDb();
  const bloc = await makeBloc(db);
  const cycle = await makeCycle(db, { blocId: bloc.id, year: YEAR });
  await db.cycle.update({ where: { id: cycle.id }, data: { scoringMode: mode } });
  const table = await db.criteriaTable.create({ data: { cycleId: cycle.id, version: 1, title: "Bảng", scale: 100, status: "LOCKED" } });
  const group = await db.criterion.create({ data: { tableId: table.id, code: "I", name: "Nhóm I", type: "GROUP", order: 0, maxPoints: 100 } });
  await db.criterion.createMany({
    data: Array.from({ length: criteria }, (_, i) => ({
      tableId: table.id,
      parentId: group.id,
      code: `I.${i + 1}`,
      name: `Tiêu chí ${i + 1}`,
      type: "YES_NO" as const,
      order: i + 1,
      maxPoints: 100 / criteria,
    })),
  });
  const leaves = await db.criterion.findMany({ where: { tableId: table.id, type: "YES_NO" } });
  for (let a = 0; a < agencies; a++) {
    const agency = await makeAgency(db);
    await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: YEAR });
    const sheet = await db.scoreSheet.create({
      data: { cycleId: cycle.id, tableId: table.id, agencyId: agency.id, status: mode === "CROSS_SCORING" ? "SUBMITTED" : "VERIFIED" },
    });
    await db.scoreEntry.createMany({
      data: leaves.map((c) => ({ sheetId: sheet.id, criterionId: c.id, minPoints: 0, maxPoints: c.maxPoints, selfInput: a % 2 })),
    });
  }
  if (mode === "CROSS_SCORING") {
    const ids = (await db.membership.findMany({ where: { blocId: bloc.id } })).map((m) => m.agencyId);
    const pairs = ids.flatMap((s) => ids.filter((t) => t !== s).map((t) => ({ cycleId: cycle.id, scorerAgencyId: s, targetAgencyId: t })));
    await db.crossScoreSubmission.createMany({ data: pairs });
    await db.crossScore.createMany({ data: pairs.flatMap((p) => leaves.map((c) => ({ ...p, criterionId: c.id, points: c.maxPoints }))) });
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
    expect(small.count).toBe(5);
    expect(large.count).toBe(small.count);
  });

  it("makes seven in CROSS_SCORING mode (two more: the submitted cross-scores, and who submitted), for 12 × 25 as for 3 × 5", async () => {
    const small = await countQueries((await scoredBloc(3, 5, "CROSS_SCORING")).id);
    const large = await countQueries((await scoredBloc(12, 25, "CROSS_SCORING")).id);
    // Every member gave full marks: the cross-scored points replace the self-scores (half of them 0).
    expect(small.view.status === "READY" && small.view.rows.map((r) => r.total)).toEqual([100, 100, 100]);
    expect(large.view.status === "READY" && large.view.rows.every((r) => r.total === 100)).toBe(true);
    expect(small.count).toBe(7);
    expect(large.count).toBe(small.count);
  });
});
