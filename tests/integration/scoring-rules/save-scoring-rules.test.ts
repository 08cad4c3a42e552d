import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_BANDS } from "@/lib/domain/scoring/types";
import { ResetScoringRulesInputSchema, SaveScoringRulesInputSchema } from "@/lib/schemas/scoring-rules";
import { resetScoringRules } from "@/lib/server/scoring-rules/reset-scoring-rules";
import { saveScoringRules } from "@/lib/server/scoring-rules/save-scoring-rules";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, MANAGE_OUTCOMES, rulesOf, tokenOf, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const BANDS = [
  { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: "92", minCriterionPct: "85" },
  { key: "TOT", label: "Hoàn thành tốt nhiệm vụ", minTotal: "80", minCriterionPct: "75,5" },
  { key: "KHAC", label: "Chưa hoàn thành", minTotal: "0", minCriterionPct: "0" },
];
const SAVED_BANDS = [
  { key: "XUAT_SAC", label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: 92, minCriterionPct: 85 },
  { key: "TOT", label: "Hoàn thành tốt nhiệm vụ", minTotal: 80, minCriterionPct: 75.5 },
  { key: "KHAC", label: "Chưa hoàn thành", minTotal: 0, minCriterionPct: 0 },
];

async function form(w: World, settings: Record<string, unknown> = {}, cycleId = w.cycleA.id) {
  return SaveScoringRulesInputSchema.parse({
    cycleId,
    updatedAt: await tokenOf(cycleId),
    settings: { bands: BANDS, tieBreak: ["HIGHER_BONUS", "GROUP_SCORE"], spreadThreshold: "3", trimFrom: "4", ...settings },
  });
}

describe("saveScoringRules", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = await form(w);
    if (outcome === "ok") await saveScoringRules(input);
    else await expectRefused(saveScoringRules(input), outcome);
    const rules = await rulesOf(w.cycleA.id);
    if (outcome === "ok") expect(rules).toMatchObject({ bands: SAVED_BANDS });
    else expect(rules).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
    expect(await auditOf(w.cycleA.id)).toHaveLength(outcome === "ok" ? 1 : 0);
  });

  it("another bloc's secretary cannot save this bloc's rules, and a bloc's own secretary can save its own", async () => {
    const w = await world();
    signInAs(w.users.OTHER_SECRETARY);
    await saveScoringRules(await form(w, {}, w.cycleB.id));
    expect(await rulesOf(w.cycleB.id)).toMatchObject({ bands: SAVED_BANDS });
    await expectRefused(saveScoringRules(await form(w)), "NOT_FOUND");
    expect(await rulesOf(w.cycleA.id)).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
  });

  it("saves bands, tie-break order and cross-scoring options, keeping the other keys, and audits before/after", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveScoringRules(await form(w));
    expect(await rulesOf(w.cycleA.id)).toEqual({
      votes: { quorumPct: 50 },
      bonusCap: 8,
      bands: SAVED_BANDS,
      tieBreak: [{ kind: "HIGHER_BONUS" }, { kind: "GROUP_SCORE" }],
      crossScoring: { spreadThreshold: 3, trimFrom: 4 },
    });
    const [row] = await auditOf(w.cycleA.id);
    expect(row).toMatchObject({ actorId: w.users.SECRETARY, action: "cycle.scoring-rules.update", blocId: w.blocA.id, before: {} });
    expect(row!.after).toEqual({
      bands: SAVED_BANDS,
      tieBreak: [{ kind: "HIGHER_BONUS" }, { kind: "GROUP_SCORE" }],
      crossScoring: { spreadThreshold: 3, trimFrom: 4 },
    });

    // A second save records the first as "before".
    signInAs(w.users.CHAIR);
    await saveScoringRules(await form(w, { spreadThreshold: "", tieBreak: [] }));
    const [, second] = await auditOf(w.cycleA.id);
    expect(second!.before).toMatchObject({ crossScoring: { spreadThreshold: 3 } });
    expect(second!.after).toMatchObject({ tieBreak: [], crossScoring: { spreadThreshold: null, trimFrom: 4 } });
    expect(await rulesOf(w.cycleA.id)).toMatchObject({ votes: { quorumPct: 50 }, bonusCap: 8, tieBreak: [] });
  });

  it("an invalid form is refused by the schema and nothing is written", async () => {
    const w = await world();
    const before = await tokenOf(w.cycleA.id);
    const parsed = SaveScoringRulesInputSchema.safeParse({
      cycleId: w.cycleA.id,
      updatedAt: before,
      settings: { bands: [BANDS[1], BANDS[0]], tieBreak: ["FEWER_PENALTY", "FEWER_PENALTY"], spreadThreshold: "-2", trimFrom: "2" },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual([
      "settings.spreadThreshold",
      "settings.trimFrom",
      "settings.bands.1.minTotal",
      "settings.tieBreak.1",
    ]);
    expect(await rulesOf(w.cycleA.id)).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
    expect(await tokenOf(w.cycleA.id)).toBe(before);
    expect(await auditOf(w.cycleA.id)).toEqual([]);
  });

  it("refuses bands without a key an award form needs, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const before = await tokenOf(w.cycleA.id);
    const e = await expectRefused(saveScoringRules(await form(w, { bands: [BANDS[1], BANDS[2]] })), "INVALID_INPUT");
    expect(e.message).toBe("Mức “XUAT_SAC” đang là điều kiện tối thiểu của “Tập thể lao động xuất sắc”; không thể bỏ mức này.");
    expect(e.fieldErrors).toEqual({ "settings.bands": [e.message] });
    expect(await rulesOf(w.cycleA.id)).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
    expect(await tokenOf(w.cycleA.id)).toBe(before);
    expect(await auditOf(w.cycleA.id)).toEqual([]);
  });

  it("refuses once results are published, saying why", async () => {
    const w = await world();
    await w.db.resultPublication.create({ data: { cycleId: w.cycleA.id, version: 1, snapshot: {} } });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(saveScoringRules(await form(w)), "CONFLICT");
    expect(e.message).toMatch(/^Kết quả đã công bố/);
    expect(await rulesOf(w.cycleA.id)).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
    expect(await auditOf(w.cycleA.id)).toEqual([]);
    // Another bloc's publication does not lock this one.
    signInAs(w.users.OTHER_SECRETARY);
    await saveScoringRules(await form(w, {}, w.cycleB.id));
  });

  it("refuses a save from a stale page, keeping the first", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const first = await form(w, { trimFrom: "6" });
    const second = await form(w, { trimFrom: "7" });
    await saveScoringRules(first);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(saveScoringRules(second), "CONFLICT");
    expect(e.message).toContain("đã được người khác cập nhật");
    expect(await rulesOf(w.cycleA.id)).toMatchObject({ crossScoring: { trimFrom: 6 } });
    expect(await auditOf(w.cycleA.id)).toHaveLength(1);
  });

  it("a stale calendar form is refused after the rules changed (one token per cycle)", async () => {
    const w = await world();
    const token = await tokenOf(w.cycleA.id);
    signInAs(w.users.SECRETARY);
    await saveScoringRules(await form(w));
    expect(await tokenOf(w.cycleA.id)).not.toBe(token);
    await expectRefused(resetScoringRules(ResetScoringRulesInputSchema.parse({ cycleId: w.cycleA.id, updatedAt: token })), "CONFLICT");
  });
});

describe("resetScoringRules", () => {
  beforeEach(() => signInAs(null));

  const reset = async (w: World) => ResetScoringRulesInputSchema.parse({ cycleId: w.cycleA.id, updatedAt: await tokenOf(w.cycleA.id) });

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    await w.db.cycle.update({ where: { id: w.cycleA.id }, data: { rules: { votes: { quorumPct: 50 }, bands: [{ key: "A" }], tieBreak: [] } } });
    signInAs(w.users[who]);
    const input = await reset(w);
    if (outcome === "ok") await resetScoringRules(input);
    else await expectRefused(resetScoringRules(input), outcome);
    expect(await rulesOf(w.cycleA.id)).toEqual(
      outcome === "ok" ? { votes: { quorumPct: 50 } } : { votes: { quorumPct: 50 }, bands: [{ key: "A" }], tieBreak: [] },
    );
  });

  it("removes only the scoring keys and audits what they were", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveScoringRules(await form(w));
    await resetScoringRules(await reset(w));
    expect(await rulesOf(w.cycleA.id)).toEqual({ votes: { quorumPct: 50 }, bonusCap: 8 });
    const [, row] = await auditOf(w.cycleA.id);
    expect(row).toMatchObject({ action: "cycle.scoring-rules.reset", actorId: w.users.SECRETARY, before: { bands: SAVED_BANDS } });
    expect(row!.after).toEqual({});
  });

  it("the default bands keep every key the award forms need", async () => {
    const w = await world();
    expect(DEFAULT_BANDS.map((b) => b.key)).toContain("XUAT_SAC");
    signInAs(w.users.CHAIR);
    await resetScoringRules(await reset(w));
    expect(await auditOf(w.cycleA.id)).toHaveLength(1);
  });

  it("is refused after publication", async () => {
    const w = await world();
    await w.db.resultPublication.create({ data: { cycleId: w.cycleA.id, version: 1, snapshot: {} } });
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(resetScoringRules(await reset(w)), "CONFLICT");
    expect(e.message).toMatch(/^Kết quả đã công bố/);
  });
});
