import { beforeEach, describe, expect, it, vi } from "vitest";
import { findCrossTargets } from "@/lib/server/cross-scoring/find-cross-targets";
import { getCrossSheet } from "@/lib/server/cross-scoring/get-cross-sheet";
import { getCrossSummary } from "@/lib/server/cross-scoring/get-cross-summary";
import { expectRefused, scoreDirectly, signInAs, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function sheet(blocId: string, targetId: string) {
  const v = await getCrossSheet(blocId, YEAR, targetId);
  if (!v.table) throw new Error("no table");
  return v;
}

describe("getCrossSheet", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
    ["SECRETARY", "NOT_FOUND"],
    ["CHAIR", "NOT_FOUND"],
    ["ADMIN", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s opening the form for target b → %s (b's own leader may not score b)", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") expect((await getCrossSheet(w.blocA.id, YEAR, w.b.id)).scorer.id).toBe(w.a.id);
    else await expectRefused(getCrossSheet(w.blocA.id, YEAR, w.b.id), outcome);
  });

  it("hides the other scorers' scores until this agency submitted, then shows them with the mean and spread", async () => {
    const w = await world();
    await scoreDirectly(w, w.c.id, w.b.id, { yesNo: 5, graded: 3, bonus: 0 });
    await scoreDirectly(w, w.d.id, w.b.id, { yesNo: 3, graded: 3, bonus: 0 });
    await scoreDirectly(w, w.e.id, w.b.id, { yesNo: 0, graded: 0, bonus: 0 }, false); // not submitted: never shown nor counted
    await scoreDirectly(w, w.a.id, w.b.id, { yesNo: 4, graded: 3, bonus: 1 }, false);
    signInAs(w.users.AGENCY_OFFICER);
    const before = await sheet(w.blocA.id, w.b.id);
    const row = (v: typeof before, id: string) => v.rows.find((r) => r.id === id)!;
    expect(before.visibility).toBe("HIDDEN");
    expect(before.rows.every((r) => r.others === null && r.stats === null)).toBe(true);
    expect(row(before, w.yesNo.id)).toMatchObject({ mine: 4, self: { selfInput: 1 } });
    expect(before.missing).toEqual([]);
    expect(before.canSubmit).toBe(false); // an officer
    expect(before.canSave).toBe(true);

    await w.db.crossScoreSubmission.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.a.id, targetAgencyId: w.b.id } });
    const after = await sheet(w.blocA.id, w.b.id);
    expect(after.visibility).toBe("ALL");
    expect(after.canSave).toBe(false);
    const yes = row(after, w.yesNo.id);
    expect(yes.others?.map((o) => [o.scorerName, o.points])).toEqual([
      [w.c.name, 5],
      [w.d.name, 3],
    ]);
    expect(yes.stats).toEqual({ value: 4, method: "MEAN", scorerCount: 3, spread: 2, flagged: false });
    expect(row(after, w.group.id).stats).toBeNull();
  });
});

describe("getCrossSummary", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "NOT_FOUND"]>([
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["ADMIN", "ok"],
    ["AGENCY_LEADER", "NOT_FOUND"],
    ["AGENCY_OFFICER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") expect((await getCrossSummary(w.blocA.id, YEAR)).rows).toHaveLength(7);
    else await expectRefused(getCrossSummary(w.blocA.id, YEAR), outcome);
  });

  it("counts only submitted scorers, flags by the threshold of cycle.rules, and hides a target from a chair whose agency has not submitted for it", async () => {
    const w = await world();
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { rules: { crossScoring: { spreadThreshold: 2, trimFrom: 5 } } } });
    await scoreDirectly(w, w.a.id, w.b.id, { yesNo: 5, graded: 5, bonus: 0 });
    await scoreDirectly(w, w.d.id, w.b.id, { yesNo: 2, graded: 4, bonus: 0 });
    await scoreDirectly(w, w.e.id, w.b.id, { yesNo: 0, graded: 0, bonus: 0 }, false);
    signInAs(w.users.SECRETARY);
    const s = await getCrossSummary(w.blocA.id, YEAR);
    expect(s.criteria.map((c) => c.code)).toEqual(["1.1", "1.2", "T1"]);
    const b = s.rows.find((r) => r.agencyId === w.b.id)!;
    expect(b.submittedScorers).toBe(2);
    expect(b.cells[w.yesNo.id]).toEqual({ value: 3.5, method: "MEAN", scorerCount: 2, spread: 3, flagged: true });
    expect(b.cells[w.graded.id]).toEqual({ value: 4.5, method: "MEAN", scorerCount: 2, spread: 1, flagged: false });

    signInAs(w.users.CHAIR); // own agency c is a scorer
    expect((await getCrossSummary(w.blocA.id, YEAR)).rows.find((r) => r.agencyId === w.b.id)).toMatchObject({ hidden: true, cells: {} });
    await scoreDirectly(w, w.c.id, w.b.id, { yesNo: 5, graded: 5, bonus: 0 });
    const afterC = (await getCrossSummary(w.blocA.id, YEAR)).rows.find((r) => r.agencyId === w.b.id)!;
    expect(afterC.hidden).toBe(false);
    expect(afterC.cells[w.yesNo.id]).toMatchObject({ value: 4, scorerCount: 3 });
    // Its own agency's row shows the final values only (no per-scorer detail exists in the summary).
    expect((await getCrossSummary(w.blocA.id, YEAR)).rows.find((r) => r.agencyId === w.c.id)!.hidden).toBe(false);
  });
});

describe("findCrossTargets", () => {
  beforeEach(() => signInAs(null));

  it("lists every other member with its self-sheet status, what this agency scored and submitted", async () => {
    const w = await world();
    await scoreDirectly(w, w.a.id, w.b.id, { yesNo: 5, graded: 5, bonus: 0 });
    await w.db.crossScore.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.a.id, targetAgencyId: w.c.id, criterionId: w.yesNo.id, points: 1 } });
    await scoreDirectly(w, w.d.id, w.c.id, { yesNo: 5, graded: 5, bonus: 0 });
    signInAs(w.users.AGENCY_OFFICER);
    const t = await findCrossTargets(w.blocA.id, YEAR);
    expect(t.scorer?.id).toBe(w.a.id);
    expect(t.scorable).toBe(3);
    expect(t.targets).toHaveLength(6);
    expect(t.targets.some((r) => r.agencyId === w.a.id)).toBe(false);
    const b = t.targets.find((r) => r.agencyId === w.b.id)!;
    const c = t.targets.find((r) => r.agencyId === w.c.id)!;
    expect([b.selfStatus, b.scored, b.submittedAt !== null]).toEqual(["SUBMITTED", 3, true]);
    expect([c.scored, c.submittedAt]).toEqual([1, null]);
  });

  it("gives no targets to users who score for no member, and NOT_FOUND outside the bloc", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    expect((await findCrossTargets(w.blocA.id, YEAR)).scorer).toBeNull();
    signInAs(w.users.OTHER_OFFICER);
    await expectRefused(findCrossTargets(w.blocA.id, YEAR), "NOT_FOUND");
  });
});
