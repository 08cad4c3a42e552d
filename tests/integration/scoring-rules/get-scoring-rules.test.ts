import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "@/lib/domain/scoring-rules-settings";
import { getScoringRules } from "@/lib/server/scoring-rules/get-scoring-rules";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getScoringRules", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "manage" | "read" | "NOT_FOUND"]>([
    ["SECRETARY", "manage"],
    ["CHAIR", "manage"],
    ["ADMIN", "read"],
    ["OBSERVER", "read"],
    ["AGENCY_LEADER", "read"],
    ["AGENCY_OFFICER", "read"],
    ["BDV_OFFICER", "read"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") {
      await expectRefused(getScoringRules(w.blocA.id, YEAR), "NOT_FOUND");
      return;
    }
    const view = await getScoringRules(w.blocA.id, YEAR);
    expect(view).toMatchObject({ cycleId: w.cycleA.id, canManage: outcome === "manage" });
  });

  it("shows the defaults when the year has none of its own, and the award forms that need a band", async () => {
    const w = await world();
    signInAs(w.users.OBSERVER);
    const view = await getScoringRules(w.blocA.id, YEAR);
    expect(view).toMatchObject({
      isCustom: false,
      lockedReason: null,
      settings: DEFAULT_SETTINGS,
      bandUses: [{ name: "Tập thể lao động xuất sắc", minBand: "XUAT_SAC" }],
    });
  });

  it("shows the year's own rules, and why they are locked after publication", async () => {
    const w = await world();
    const bands = [
      { key: "A", label: "Mức A", minTotal: 50, minCriterionPct: 10 },
      { key: "B", label: "Mức B", minTotal: 0, minCriterionPct: 0 },
    ];
    await w.db.cycle.update({ where: { id: w.cycleA.id }, data: { rules: { bands, tieBreak: [], crossScoring: { spreadThreshold: 2.5, trimFrom: 3 } } } });
    await w.db.resultPublication.create({ data: { cycleId: w.cycleA.id, version: 1, snapshot: {} } });
    signInAs(w.users.SECRETARY);
    const view = await getScoringRules(w.blocA.id, YEAR);
    expect(view).toMatchObject({ isCustom: true, settings: { bands, tieBreak: [], crossScoring: { spreadThreshold: 2.5, trimFrom: 3 } } });
    expect(view!.lockedReason).toMatch(/^Kết quả đã công bố/);
  });

  it("is null for a year without a cycle", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    expect(await getScoringRules(w.blocA.id, YEAR + 1)).toBeNull();
  });
});
