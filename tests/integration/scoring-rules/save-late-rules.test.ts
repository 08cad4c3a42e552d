import { beforeEach, describe, expect, it, vi } from "vitest";
import { SaveLateRulesInputSchema } from "@/lib/schemas/deadlines";
import { getScoringRules } from "@/lib/server/scoring-rules/get-scoring-rules";
import { saveLateRules } from "@/lib/server/scoring-rules/save-late-rules";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, rulesOf, tokenOf, world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const PENALTY_FIELDS = { mode: "PENALTY", graceDays: "5", kind: "PER_DAY", points: "0,5", maxPoints: "2" };
const PENALTY = { mode: "PENALTY", graceDays: 5, kind: "PER_DAY", points: 0.5, maxPoints: 2 };

async function form(w: World, selfScoring: Record<string, string> = PENALTY_FIELDS) {
  return SaveLateRulesInputSchema.parse({
    cycleId: w.cycleA.id,
    updatedAt: await tokenOf(w.cycleA.id),
    rules: { REGISTRATION: { mode: "REFUSE", graceDays: "", kind: "", points: "", maxPoints: "" }, SELF_SCORING: selfScoring },
  });
}

describe("saveLateRules", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = await form(w);
    if (outcome === "ok") await saveLateRules(input);
    else await expectRefused(saveLateRules(input), outcome);
    const rules = await rulesOf(w.cycleA.id);
    // Every other key of Cycle.rules is kept.
    if (outcome === "ok")
      expect(rules).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8, lateSubmission: { REGISTRATION: { mode: "REFUSE" }, SELF_SCORING: PENALTY } });
    else expect(rules).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
    expect(await auditOf(w.cycleA.id)).toHaveLength(outcome === "ok" ? 1 : 0);
  });

  it("audits the rules before and after; the page reads them back", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await saveLateRules(await form(w));
    const [row] = await auditOf(w.cycleA.id);
    expect(row).toMatchObject({
      action: "cycle.late-rules.update",
      before: { lateSubmission: { REGISTRATION: { mode: "REFUSE" }, SELF_SCORING: { mode: "REFUSE" } } },
    });
    expect(row!.after).toEqual({ lateSubmission: { REGISTRATION: { mode: "REFUSE" }, SELF_SCORING: PENALTY } });
    const view = await getScoringRules(w.blocA.id, YEAR);
    expect(view!.lateRules.SELF_SCORING).toEqual(PENALTY);
  });

  it("refuses bad values field by field (no grace, no points) and a stale page", async () => {
    const w = await world();
    const bad = SaveLateRulesInputSchema.safeParse({
      cycleId: w.cycleA.id,
      updatedAt: await tokenOf(w.cycleA.id),
      rules: {
        REGISTRATION: { mode: "PENALTY", graceDays: "0", kind: "FLAT", points: "" },
        SELF_SCORING: { mode: "PENALTY", graceDays: "2,5", kind: "X", points: "1" },
      },
    });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      "rules.REGISTRATION.graceDays": "Số ngày nhận nộp muộn phải từ 1 đến 366.",
      "rules.REGISTRATION.points": "Vui lòng nhập số điểm trừ.",
      "rules.SELF_SCORING.graceDays": "Số ngày nhận nộp muộn phải là số nguyên.",
      "rules.SELF_SCORING.kind": "Vui lòng chọn cách trừ điểm.",
    });
    signInAs(w.users.SECRETARY);
    const stale = await form(w);
    await saveLateRules(await form(w));
    await expectRefused(saveLateRules(stale), "CONFLICT");
    expect(await auditOf(w.cycleA.id)).toHaveLength(1);
  });

  it("is refused once results are published, like the other scoring rules", async () => {
    const w = await world();
    await w.db.resultPublication.create({ data: { cycleId: w.cycleA.id, version: 1, snapshot: {} } });
    signInAs(w.users.CHAIR);
    await expectRefused(saveLateRules(await form(w)), "CONFLICT");
    expect(await rulesOf(w.cycleA.id)).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
  });
});
