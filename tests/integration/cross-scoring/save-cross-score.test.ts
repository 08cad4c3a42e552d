import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveCrossScore } from "@/lib/server/cross-scoring/save-cross-score";
import { crossInput, expectRefused, scoreDirectly, setVerification, signInAs, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("saveCrossScore", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s saving agency a's score of b → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = crossInput(w.a.id, w.b.id, w.yesNo.id, "4,5");
    if (outcome === "ok") expect(await saveCrossScore(input)).toEqual({ points: 4.5 });
    else await expectRefused(saveCrossScore(input), outcome);
    const rows = await w.db.crossScore.findMany();
    expect(rows.map((r) => r.points.toNumber())).toEqual(outcome === "ok" ? [4.5] : []);
  });

  it("lets b's leader score a for b (its own agency), and audits who, before and after", async () => {
    const w = await world();
    signInAs(w.users.OTHER_AGENCY_LEADER);
    await saveCrossScore(crossInput(w.b.id, w.a.id, w.graded.id, "3"));
    await saveCrossScore(crossInput(w.b.id, w.a.id, w.graded.id, "4", "3"));
    const audit = await w.db.auditLog.findMany({ where: { entity: "CrossScore" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId, a.before, (a.after as { points: number }).points])).toEqual([
      ["cross-score.create", w.users.OTHER_AGENCY_LEADER, null, 3],
      ["cross-score.update", w.users.OTHER_AGENCY_LEADER, { points: 3 }, 4],
    ]);
  });

  it("never lets an agency score itself, nor a non-member", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const self = await expectRefused(saveCrossScore(crossInput(w.a.id, w.a.id, w.yesNo.id, "5")), "FORBIDDEN");
    expect(self.message).toBe("Không cơ quan nào được chấm chéo cơ quan của chính mình.");
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.outsider.id, w.yesNo.id, "5")), "FORBIDDEN");
    expect(await w.db.crossScore.count()).toBe(0);
  });

  it("is refused in VERIFICATION mode with a clear message, and outside the VERIFICATION phase", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "VERIFICATION" } });
    const mode = await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "5")), "INVALID_INPUT");
    expect(mode.message).toMatch(/hình thức thẩm định, không chấm chéo/);
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "CROSS_SCORING" } });
    await setVerification(w.cycle.id, [-10, -1]);
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "5")), "PHASE_CLOSED");
    await setVerification(w.cycle.id, null);
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "5")), "PHASE_CLOSED");
    expect(await w.db.crossScore.count()).toBe(0);
  });

  it("checks the criterion's range and refuses groups and gates", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const out = await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "5.5")), "INVALID_INPUT");
    expect(out.fieldErrors?.points).toEqual(["Điểm chấm chéo phải từ 0 đến 5."]);
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "-1")), "INVALID_INPUT");
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.group.id, "5")), "INVALID_INPUT");
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.gate.id, "0")), "INVALID_INPUT");
    await saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "0"));
    await saveCrossScore(crossInput(w.a.id, w.b.id, w.bonus.id, "2", ""));
    expect(await w.db.crossScore.count()).toBe(2);
  });

  it("refuses a stale form (a colleague saved meanwhile) and any change after the submission", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "3"));
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "4")), "CONFLICT");
    await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "4", "2")), "CONFLICT");
    await w.db.crossScoreSubmission.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.a.id, targetAgencyId: w.b.id } });
    const e = await expectRefused(saveCrossScore(crossInput(w.a.id, w.b.id, w.yesNo.id, "4", "3")), "INVALID_INPUT");
    expect(e.message).toMatch(/đã nộp điểm chấm chéo/);
    expect((await w.db.crossScore.findFirstOrThrow()).points.toNumber()).toBe(3);
    // Another target is still open to a.
    await scoreDirectly(w, w.d.id, w.c.id, { yesNo: 5, graded: 5, bonus: 0 });
    await saveCrossScore(crossInput(w.a.id, w.c.id, w.yesNo.id, "4"));
  });
});
