import { beforeEach, describe, expect, it, vi } from "vitest";
import { CreateCycleInputSchema } from "@/lib/schemas/calendar";
import { todayInVietnam } from "@/lib/server/clock";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, CALENDAR_OUTCOMES, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (w: World, over: Record<string, string> = {}) =>
  CreateCycleInputSchema.parse({ blocId: w.blocA.id, year: "2027", scoringMode: "CROSS_SCORING", ...over });

describe("createCycle", () => {
  beforeEach(() => signInAs(null));

  it.each(CALENDAR_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") {
      await createCycle(form(w));
      expect(await w.db.cycle.findUnique({ where: { blocId_year: { blocId: w.blocA.id, year: 2027 } } })).toMatchObject({ scoringMode: "CROSS_SCORING" });
    } else {
      await expectRefused(createCycle(form(w)), outcome);
      expect(await w.db.cycle.count({ where: { year: 2027 } })).toBe(0);
    }
  });

  it("opens a past year to record history, and the next year ahead, but not two years ahead", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const thisYear = Number(todayInVietnam().slice(0, 4));
    await createCycle(form(w, { year: String(thisYear - 5) }));
    await createCycle(form(w, { year: String(thisYear + 1) }));
    const refused = await expectRefused(createCycle(form(w, { year: String(thisYear + 2) })), "INVALID_INPUT");
    expect(refused.fieldErrors?.year?.[0]).toContain(`đến năm ${thisYear + 1}`);
    expect(await w.db.cycle.count({ where: { blocId: w.blocA.id, year: thisYear + 2 } })).toBe(0);
  });

  it("pre-fills the nine phases from the default timetable", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const { cycleId } = await createCycle(form(w));
    const phases = await w.db.cyclePhase.findMany({ where: { cycleId }, orderBy: { opensOn: "asc" } });
    expect(phases.map((p) => [p.key, p.opensOn.toISOString().slice(0, 10), p.closesOn.toISOString().slice(0, 10)])).toEqual([
      ["REGISTRATION", "2027-01-05", "2027-03-25"],
      ["PLEDGE_SIGNING", "2027-03-01", "2027-04-15"],
      ["EXECUTION", "2027-04-16", "2027-10-31"],
      ["MID_YEAR_REVIEW", "2027-07-01", "2027-07-31"],
      ["SELF_SCORING", "2027-11-01", "2027-12-05"],
      ["VERIFICATION", "2027-12-06", "2027-12-15"],
      ["OBJECTION", "2027-12-16", "2027-12-20"],
      ["CONFERENCE", "2027-12-21", "2027-12-31"],
      ["NOMINATION", "2028-01-02", "2028-01-20"],
    ]);
  });

  it("audits who created it, with the phases as the after snapshot", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const { cycleId } = await createCycle(form(w));
    const [row] = await auditOf("Cycle", cycleId);
    expect(row).toMatchObject({ actorId: w.users.CHAIR, action: "cycle.create", blocId: w.blocA.id, before: null });
    expect(row!.after).toMatchObject({ year: 2027, scoringMode: "CROSS_SCORING", phases: { REGISTRATION: { opensOn: "2027-01-05", closesOn: "2027-03-25" } } });
  });

  it("refuses a year that already has a cycle, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(createCycle(form(w, { year: "2026" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ year: ["Năm thi đua 2026 của khối đã được lập: mở năm đó trong danh sách các năm của khối."] });
    expect(await w.db.cycle.count({ where: { blocId: w.blocA.id } })).toBe(1);
    expect(await auditOf("Cycle")).toEqual([]);
  });

  it("refuses a bloc that does not exist as not found", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(createCycle(form(w, { blocId: "khong-co" })), "NOT_FOUND");
  });

  it.each([
    ["a missing scoring mode", { scoringMode: "" }, "scoringMode", "Vui lòng chọn cách chấm điểm."],
    ["an unknown scoring mode", { scoringMode: "VOTE" }, "scoringMode", "Vui lòng chọn cách chấm điểm."],
    ["a year out of range", { year: "1900" }, "year", "Năm không hợp lệ."],
  ])("the form refuses %s with a field error", async (_name, over, field, message) => {
    const w = await world();
    const parsed = CreateCycleInputSchema.safeParse({ blocId: w.blocA.id, year: "2027", scoringMode: "VERIFICATION", ...over });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});
