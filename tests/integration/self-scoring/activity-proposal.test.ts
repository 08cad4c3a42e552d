import { beforeEach, describe, expect, it, vi } from "vitest";
import { getScoreSheet } from "@/lib/server/self-scoring/get-score-sheet";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { entry } from "./helpers";
import { makeLockedTable, setSelfScoring, world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * The self-score proposed from the bloc's activities (docs/decisions/0038, 0040): 1.1 graded
 * (5/3/0), T1 bonus 1 a unit up to 2, 1.3 quantitative (a note only).
 */
async function activity(w: World, day: number, title: string, criterionCode: string | null, points: [string, number | null][]) {
  return testDb().blocActivity.create({
    data: {
      cycleId: w.cycle.id,
      kind: "CONTEST",
      title,
      organiserId: w.bdv.id,
      startsOn: new Date(Date.UTC(YEAR, 2, day)),
      criterionCode,
      participants: { create: points.map(([agencyId, p]) => ({ agencyId, points: p })) },
    },
  });
}

async function activities(w: World) {
  await activity(w, 1, "Hội thi văn hóa công sở", "1.1", [
    [w.btg.id, 3],
    [w.bdv.id, 5],
  ]);
  await activity(w, 2, "Giải bóng đá", "T1", [[w.btg.id, 1]]);
  await activity(w, 3, "Hội diễn văn nghệ", "T1", [
    [w.btg.id, 1.5],
    [w.btg.id, null],
  ]);
  await activity(w, 4, "Tọa đàm số hóa", "1.3", [[w.btg.id, 1]]);
  await activity(w, 5, "Hoạt động không gắn tiêu chí", null, [[w.btg.id, 2]]);
}

const proposals = (view: Awaited<ReturnType<typeof getScoreSheet>>) =>
  Object.fromEntries((view.table ? view.rows : []).filter((r) => r.proposal).map((r) => [r.code, r.proposal]));

describe("the self-score proposal from activities", () => {
  beforeEach(() => signInAs(null));

  it("sums the agency's points per linked criterion, kept in range, and fills the input only where a value is worth exactly those points", async () => {
    const w = await world();
    await activities(w);
    signInAs(w.users.AGENCY_OFFICER);
    expect(proposals(await getScoreSheet(w.blocA.id, YEAR, w.btg.id))).toEqual({
      // 3 points = the level "Khá" (order 2).
      "1.1": { points: 3, titles: ["Hội thi văn hóa công sở"], value: 2 },
      // 1 + 1.5 kept at the bonus's maximum 2 = two units.
      T1: { points: 2, titles: ["Giải bóng đá", "Hội diễn văn nghệ"], value: 2 },
      // Actual and target are facts: a note only.
      "1.3": { points: 1, titles: ["Tọa đàm số hóa"], value: null },
    });
    // BDV's own sheet gets BDV's points only.
    signInAs(w.users.OTHER_AGENCY_LEADER);
    expect(proposals(await getScoreSheet(w.blocA.id, YEAR, w.bdv.id))).toEqual({ "1.1": { points: 5, titles: ["Hội thi văn hóa công sở"], value: 1 } });
  });

  it("leaves a row that has a self-score alone; saved, the proposal is an ordinary self-score", async () => {
    const w = await world();
    await activities(w);
    signInAs(w.users.AGENCY_LEADER);
    // The agency saves the proposed level as the form would send it.
    await saveScoreEntry(entry(w, w.graded.id, { value: "2" }));
    const view = await getScoreSheet(w.blocA.id, YEAR, w.btg.id);
    expect(Object.keys(proposals(view)).sort()).toEqual(["1.3", "T1"]);
    const saved = await testDb().scoreEntry.findFirstOrThrow({ where: { criterionId: w.graded.id } });
    expect([saved.selfInput?.toNumber(), saved.selfPoints?.toNumber()]).toEqual([2, 3]);
  });

  it("proposes nothing on a sheet that cannot be edited: read by the secretary, submitted, or with the phase closed", async () => {
    const w = await world();
    await activities(w);
    signInAs(w.users.SECRETARY);
    expect(proposals(await getScoreSheet(w.blocA.id, YEAR, w.btg.id))).toEqual({});
    signInAs(w.users.AGENCY_OFFICER);
    await setSelfScoring(w.cycle.id, [-10, -1]);
    expect(proposals(await getScoreSheet(w.blocA.id, YEAR, w.btg.id))).toEqual({});
    await setSelfScoring(w.cycle.id, [-5, 5]);
    await testDb().scoreSheet.create({ data: { cycleId: w.cycle.id, tableId: w.table.id, agencyId: w.btg.id, status: "SUBMITTED", submittedAt: new Date() } });
    expect(proposals(await getScoreSheet(w.blocA.id, YEAR, w.btg.id))).toEqual({});
  });

  it("follows the code onto a revised table; a code the new table dropped proposes nothing", async () => {
    const w = await world();
    await activities(w);
    const revised = await makeLockedTable(w.cycle.id, 2);
    await testDb().criterion.delete({ where: { id: revised.bonus.id } });
    signInAs(w.users.AGENCY_OFFICER);
    const view = await getScoreSheet(w.blocA.id, YEAR, w.btg.id);
    expect(view.table?.version).toBe(2);
    expect(Object.keys(proposals(view)).sort()).toEqual(["1.1", "1.3"]);
    expect(view.table && view.rows.find((r) => r.code === "1.1")!.id).toBe(revised.graded.id);
  });
});
