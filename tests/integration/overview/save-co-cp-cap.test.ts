import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CoCpCapInput } from "@/lib/schemas/overview";
import { CoCpCapInputSchema } from "@/lib/schemas/overview";
import { findCouncilOverview } from "@/lib/server/overview/find-council-overview";
import { saveCoCpCap } from "@/lib/server/overview/save-co-cp-cap";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, TODAY, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const input = (provinceId: string | null, over: Partial<CoCpCapInput> = {}): CoCpCapInput => ({
  provinceId,
  year: YEAR,
  pct: "50",
  rounding: "FLOOR",
  version: null,
  ...over,
});

describe("saveCoCpCap", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "p" | "q" | "central", "ok" | "NOT_FOUND"]>([
    ["ADMIN", "p", "ok"],
    ["ADMIN", "central", "ok"],
    ["COUNCIL", "p", "ok"],
    ["COUNCIL", "q", "NOT_FOUND"],
    ["COUNCIL", "central", "NOT_FOUND"],
    ["OTHER_COUNCIL", "p", "NOT_FOUND"],
    ["CENTRAL", "central", "ok"],
    ["CENTRAL", "p", "NOT_FOUND"],
    ["CHAIR", "p", "NOT_FOUND"],
    ["SECRETARY", "p", "NOT_FOUND"],
    ["AGENCY_LEADER", "p", "NOT_FOUND"],
    ["OBSERVER", "p", "NOT_FOUND"],
  ])("%s setting the cap of %s → %s, audited, nothing written on a refusal", async (who, which, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const provinceId = which === "central" ? null : w[which].id;
    if (outcome === "NOT_FOUND") {
      await expectRefused(saveCoCpCap(input(provinceId)), "NOT_FOUND");
      expect(await w.db.councilYearSetting.count()).toBe(0);
      expect(await w.db.auditLog.count({ where: { entity: "CouncilYearSetting" } })).toBe(0);
      return;
    }
    expect(await saveCoCpCap(input(provinceId))).toEqual({ version: 1 });
    const row = await w.db.councilYearSetting.findFirstOrThrow({ where: { provinceId, year: YEAR } });
    expect([row.coCpCapPct.toString(), row.coCpRounding, row.updatedById]).toEqual(["50", "FLOOR", w.users[who]]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "CouncilYearSetting", entityId: row.id } });
    expect([audit.action, audit.actorId, audit.before, audit.after]).toEqual([
      "council-year.co-cp-cap",
      w.users[who],
      null,
      { year: YEAR, pct: "50", rounding: "FLOOR" },
    ]);
  });

  it("refuses an absorbed province: its council's row is the province that absorbed it", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    await expectRefused(saveCoCpCap(input(w.pa.id)), "NOT_FOUND");
  });

  it("changes the cap the overview applies, version by version; a stale version is a conflict", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    await saveCoCpCap(input(w.p.id));
    expect((await findCouncilOverview({ council: null, year: YEAR, phase: null, onlyLate: false, q: "" }, TODAY)).coCp.max).toBe(1);
    expect(await saveCoCpCap(input(w.p.id, { pct: "100", rounding: "CEIL", version: 1 }))).toEqual({ version: 2 });
    const view = await findCouncilOverview({ council: null, year: YEAR, phase: null, onlyLate: false, q: "" }, TODAY);
    expect([view.coCp.max, view.setting]).toEqual([2, { pct: 100, rounding: "CEIL", version: 2 }]);
    await expectRefused(saveCoCpCap(input(w.p.id, { pct: "10", version: 1 })), "CONFLICT");
    // Creating again over an existing row, as a form opened before the first save would.
    await expectRefused(saveCoCpCap(input(w.p.id, { pct: "10", version: null })), "CONFLICT");
    const audits = await w.db.auditLog.findMany({ where: { entity: "CouncilYearSetting" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.before)).toEqual([null, { year: YEAR, pct: "50", rounding: "FLOOR" }]);
  });

  it.each([
    [{ pct: "101" }, "pct", "Tỷ lệ phần trăm từ 0 đến 100."],
    [{ pct: "-5" }, "pct", "Tỷ lệ là số không âm, tối đa 2 chữ số thập phân."],
    [{ pct: "12,345" }, "pct", "Tỷ lệ là số không âm, tối đa 2 chữ số thập phân."],
    [{ rounding: "UP" }, "rounding", "Vui lòng chọn cách làm tròn."],
  ])("the form's schema refuses %o", (over, field, message) => {
    const parsed = CoCpCapInputSchema.safeParse({ provinceId: "", year: "2026", pct: "20", rounding: "FLOOR", version: "", ...over });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("the form's schema reads a decimal comma and an empty version", () => {
    expect(CoCpCapInputSchema.parse({ provinceId: "", year: "2026", pct: "12,5", rounding: "HALF_UP", version: "" })).toEqual({
      provinceId: null,
      year: 2026,
      pct: "12.5",
      rounding: "HALF_UP",
      version: null,
    });
  });
});
