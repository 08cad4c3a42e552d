import { beforeEach, describe, expect, it, vi } from "vitest";
import { submitCrossScores } from "@/lib/server/cross-scoring/submit-cross-scores";
import { expectRefused, scoreDirectly, setVerification, signInAs, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const input = (w: World, scorer = w.a.id, target = w.b.id) => ({ cycleId: w.cycle.id, scorerAgencyId: scorer, targetAgencyId: target });

describe("submitCrossScores", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s submitting agency a's scores of b → %s", async (who, outcome) => {
    const w = await world();
    await scoreDirectly(w, w.a.id, w.b.id, { yesNo: 5, graded: 3, bonus: 1 }, false);
    signInAs(w.users[who]);
    if (outcome === "ok") await submitCrossScores(input(w));
    else await expectRefused(submitCrossScores(input(w)), outcome);
    expect(await w.db.crossScoreSubmission.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it("is refused with the list of missing criteria (no group, no gate), then accepted and audited", async () => {
    const w = await world();
    await w.db.crossScore.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.a.id, targetAgencyId: w.b.id, criterionId: w.graded.id, points: 3 } });
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(submitCrossScores(input(w)), "INVALID_INPUT");
    expect(e.fieldErrors?.missing).toEqual(["1.1 Tiêu chí 1.1", "T1 Tiêu chí T1"]);
    expect(e.message).toBe("Chưa thể nộp điểm chấm chéo, còn thiếu: 1.1 Tiêu chí 1.1; T1 Tiêu chí T1.");
    await w.db.crossScore.createMany({
      data: [
        { cycleId: w.cycle.id, scorerAgencyId: w.a.id, targetAgencyId: w.b.id, criterionId: w.yesNo.id, points: 5 },
        { cycleId: w.cycle.id, scorerAgencyId: w.a.id, targetAgencyId: w.b.id, criterionId: w.bonus.id, points: 0 },
      ],
    });
    await submitCrossScores(input(w));
    const audit = await w.db.auditLog.findMany({ where: { entity: "CrossScoreSubmission" } });
    expect(audit.map((a) => [a.action, a.actorId, a.after])).toEqual([
      ["cross-score.submit", w.users.AGENCY_LEADER, { scorerAgencyId: w.a.id, targetAgencyId: w.b.id, tableVersion: 1, points: { "1.1": 5, "1.2": 3, T1: 0 } }],
    ]);
    const again = await expectRefused(submitCrossScores(input(w)), "INVALID_INPUT");
    expect(again.message).toBe("Cơ quan đã nộp điểm chấm chéo cho cơ quan này.");
  });

  it("never submits for the agency itself; refused in the wrong mode or a closed phase", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(submitCrossScores(input(w, w.a.id, w.a.id)), "FORBIDDEN");
    await scoreDirectly(w, w.a.id, w.b.id, { yesNo: 5, graded: 3, bonus: 1 }, false);
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "VERIFICATION" } });
    await expectRefused(submitCrossScores(input(w)), "INVALID_INPUT");
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "CROSS_SCORING" } });
    await setVerification(w.cycle.id, [1, 10]);
    await expectRefused(submitCrossScores(input(w)), "PHASE_CLOSED");
    expect(await w.db.crossScoreSubmission.count()).toBe(0);
  });
});
