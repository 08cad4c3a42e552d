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

  async function view(blocId: string) {
    const v = await computeBlocResultsWith(testDb(), blocId, YEAR);
    if (v.status !== "READY") throw new Error(v.status);
    return v;
  }

  it("ranks an agency once every other member submitted its cross-scores, with the trimmed mean; final points win", async () => {
    const w = await world();
    // Target a; 1.1 from b..f = 5, 5, 4, 1, 0 (submitted); g scored 5, 5, 2 but has not submitted.
    const given: [string, number][] = [
      [w.b.id, 5],
      [w.c.id, 5],
      [w.d.id, 4],
      [w.e.id, 1],
      [w.f.id, 0],
    ];
    for (const [scorer, p] of given) await scoreDirectly(w, scorer, w.a.id, { yesNo: p, graded: 3, bonus: 1 });
    await scoreDirectly(w, w.g.id, w.a.id, { yesNo: 5, graded: 5, bonus: 2 }, false);
    // Five of the six other members submitted for a; nobody cross-scored the others yet: nobody is ranked.
    const partial = await view(w.blocA.id);
    expect(partial.rows).toEqual([]);
    expect(partial.excluded.find((e) => e.agencyId === w.a.id)!.reason).toBe("Chấm chéo chưa hoàn tất: 5/6 cơ quan đã nộp điểm chấm chéo");
    expect(partial.excluded.find((e) => e.agencyId === w.b.id)!.reason).toBe("Chấm chéo chưa hoàn tất: 0/6 cơ quan đã nộp điểm chấm chéo");
    expect(partial.excluded).toHaveLength(7);

    // An agency outside the bloc (a former member, say) scored a and submitted: it never counts.
    await scoreDirectly(w, w.outsider.id, w.a.id, { yesNo: 0, graded: 0, bonus: 0 });
    // g submits: a is ranked. 1.1 from six scorers 5, 5, 5, 4, 1, 0 → trimmed (5 + 5 + 4 + 1) / 4;
    // 1.2: 3 ×5 and 5 → 3; bonus: 1 ×5 and 2 → 1.
    await testDb().crossScoreSubmission.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.g.id, targetAgencyId: w.a.id } });
    const complete = await view(w.blocA.id);
    expect(complete.rows.map((r) => r.agencyId)).toEqual([w.a.id]);
    const a = complete.rows[0]!;
    expect(a.cells[w.yesNo.id]!.points).toBe(3.75);
    expect(a.cells[w.graded.id]!.points).toBe(3);
    expect([a.base, a.bonus, a.total]).toEqual([6.75, 1, 7.75]);
    expect(complete.excluded.map((e) => e.agencyId)).not.toContain(w.a.id);

    // trimFrom 7 from cycle.rules: a plain mean of the six.
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { rules: { crossScoring: { spreadThreshold: null, trimFrom: 7 } } } });
    expect((await view(w.blocA.id)).rows[0]!.cells[w.yesNo.id]!.points).toBe(3.33);

    // A final value still wins.
    const sheet = await w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.a.id }, include: { entries: true } });
    await w.db.scoreEntry.update({ where: { id: sheet.entries.find((e) => e.criterionId === w.yesNo.id)!.id }, data: { finalPoints: 4.5 } });
    expect((await view(w.blocA.id)).rows[0]!.cells[w.yesNo.id]!.points).toBe(4.5);

    // A sheet sent back to the agency is not ranked, however complete its cross-scoring.
    await w.db.scoreSheet.update({ where: { id: sheet.id }, data: { status: "RETURNED" } });
    expect((await view(w.blocA.id)).excluded.find((e) => e.agencyId === w.a.id)!.reason).toBe("Bảng điểm bị trả lại, chờ cơ quan nộp lại");

    // In VERIFICATION mode the cross-scores are ignored, and only a VERIFIED sheet is ranked.
    await w.db.scoreSheet.update({ where: { id: sheet.id }, data: { status: "VERIFIED" } });
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "VERIFICATION" } });
    const verification = await view(w.blocA.id);
    expect(verification.rows.map((r) => r.agencyId)).toEqual([w.a.id]);
    expect(verification.rows[0]!.cells[w.graded.id]!.points).toBe(5);
    expect(verification.excluded.find((e) => e.agencyId === w.b.id)!.reason).toBe("Bảng điểm chưa được thẩm định xong");
  });
});
