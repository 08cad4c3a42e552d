import { beforeEach, describe, expect, it, vi } from "vitest";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results";
import { world as resultsWorld } from "../results/world";
import { testDb } from "../setup/db";
import { scoreDirectly, signInAs, world, YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function rows(blocId: string) {
  const view = await computeBlocResultsWith(testDb(), blocId, YEAR);
  if (view.status !== "READY") throw new Error(view.status);
  return view.rows;
}

describe("results: verified inputs", () => {
  beforeEach(() => signInAs(null));

  it("uses verifiedActual/verifiedTarget for quantitative entries and verifiedActual for a gate", async () => {
    const w = await resultsWorld();
    const before = await rows(w.blocA.id);
    expect(before.map((r) => [r.agencyName, r.total, r.vetoed])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 102, false],
      ["Ban Dân vận Tỉnh ủy", 83, false],
      ["Ban Tổ chức Tỉnh ủy", 48, true],
    ]);
    const entry = (sheet: (typeof w.sheets)["bdv"], code: string) => sheet.entries.find((e) => e.criterionId === w.t.ids[code]!.id)!;
    // The verifiers correct bdv's actual to 12/10 (as high as the leader: full 40) and find btc's veto did not happen.
    await w.db.scoreEntry.update({ where: { id: entry(w.sheets.bdv, "I.2").id }, data: { verifiedActual: 12, verifiedTarget: 10 } });
    await w.db.scoreEntry.update({ where: { id: entry(w.sheets.btc, "V").id }, data: { verifiedActual: 0 } });
    const after = await rows(w.blocA.id);
    expect(after.map((r) => [r.agencyName, r.total, r.vetoed])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 102, false],
      ["Ban Dân vận Tỉnh ủy", 93, false],
      ["Ban Tổ chức Tỉnh ủy", 48, false],
    ]);
    // And a verified veto input of 1 vetoes a unit whose own input was 0.
    await w.db.scoreEntry.update({ where: { id: entry(w.sheets.bdv, "V").id }, data: { verifiedActual: 1 } });
    expect((await rows(w.blocA.id)).find((r) => r.agencyId === w.bdv.id)!.vetoed).toBe(true);
  });
});

describe("results: CROSS_SCORING", () => {
  beforeEach(() => signInAs(null));

  it("scores each entry with the trimmed mean of 5+ submitted scorers; unsubmitted scores and final points", async () => {
    const w = await world();
    // Target a; 1.1 from b..f = 5, 5, 4, 1, 0 → trimmed (5 + 4 + 1) / 3; g scored 5 but did not submit.
    const given: [string, number][] = [[w.b.id, 5], [w.c.id, 5], [w.d.id, 4], [w.e.id, 1], [w.f.id, 0]];
    for (const [scorer, p] of given) await scoreDirectly(w, scorer, w.a.id, { yesNo: p, graded: 3, bonus: 1 });
    await scoreDirectly(w, w.g.id, w.a.id, { yesNo: 5, graded: 5, bonus: 2 }, false);
    const a = (await rows(w.blocA.id)).find((r) => r.agencyId === w.a.id)!;
    expect(a.cells[w.yesNo.id]!.points).toBe(3.33); // shown rounded; the total below is rounded once
    expect(a.cells[w.graded.id]!.points).toBe(3);
    expect([a.base, a.bonus, a.total]).toEqual([6.33, 1, 7.33]);
    // Others have no cross-scores yet: their self-scores stand.
    expect((await rows(w.blocA.id)).find((r) => r.agencyId === w.b.id)!.total).toBe(10);

    // trimFrom 6 from cycle.rules: a plain mean of the five.
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { rules: { crossScoring: { spreadThreshold: null, trimFrom: 6 } } } });
    expect((await rows(w.blocA.id)).find((r) => r.agencyId === w.a.id)!.cells[w.yesNo.id]!.points).toBe(3);

    // A final value still wins.
    const sheet = await w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.a.id }, include: { entries: true } });
    await w.db.scoreEntry.update({ where: { id: sheet.entries.find((e) => e.criterionId === w.yesNo.id)!.id }, data: { finalPoints: 4.5 } });
    expect((await rows(w.blocA.id)).find((r) => r.agencyId === w.a.id)!.cells[w.yesNo.id]!.points).toBe(4.5);

    // In VERIFICATION mode the cross-scores are ignored.
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "VERIFICATION" } });
    expect((await rows(w.blocA.id)).find((r) => r.agencyId === w.a.id)!.cells[w.graded.id]!.points).toBe(5);
  });
});
