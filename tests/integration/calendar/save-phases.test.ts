import { beforeEach, describe, expect, it, vi } from "vitest";
import { defaultPhaseDates } from "@/lib/domain/calendar";
import { SavePhasesInputSchema } from "@/lib/schemas/calendar";
import { savePhases } from "@/lib/server/cycles/save-phases";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, day, expectRefused, fromToday, CALENDAR_OUTCOMES, setPhase, world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

type Dates = Partial<Record<string, { opensOn: string; closesOn: string }>>;

async function rawForm(w: World, changes: Dates = {}, scoringMode = "VERIFICATION", cycleId = w.cycleA.id) {
  const cycle = await w.db.cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const phases = Object.fromEntries(defaultPhaseDates(YEAR).map((p) => [p.key, changes[p.key] ?? { opensOn: p.opensOn, closesOn: p.closesOn }]));
  return { cycleId, updatedAt: cycle.updatedAt.toISOString(), scoringMode, phases };
}
const form = async (w: World, changes: Dates = {}, scoringMode?: string) => SavePhasesInputSchema.parse(await rawForm(w, changes, scoringMode));
const stored = async (w: World, key: string) => {
  const p = await w.db.cyclePhase.findFirstOrThrow({ where: { cycleId: w.cycleA.id, key: key as never } });
  return [p.opensOn.toISOString().slice(0, 10), p.closesOn.toISOString().slice(0, 10)];
};

describe("savePhases", () => {
  beforeEach(() => signInAs(null));

  it.each(CALENDAR_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = await form(w, { REGISTRATION: { opensOn: "2026-01-10", closesOn: "2026-03-31" } });
    if (outcome === "ok") await savePhases(input);
    else await expectRefused(savePhases(input), outcome);
    expect(await stored(w, "REGISTRATION")).toEqual(outcome === "ok" ? ["2026-01-10", "2026-03-31"] : ["2026-01-05", "2026-03-25"]);
  });

  it("saves every phase together and audits before and after", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await savePhases(
      await form(w, { REGISTRATION: { opensOn: "2026-01-10", closesOn: "2026-03-31" }, NOMINATION: { opensOn: "2027-01-05", closesOn: "2027-03-31" } }),
    );
    expect(await stored(w, "NOMINATION")).toEqual(["2027-01-05", "2027-03-31"]);
    const [row] = await auditOf("Cycle", w.cycleA.id);
    expect(row).toMatchObject({ actorId: w.users.SECRETARY, action: "cycle.phases.update", blocId: w.blocA.id });
    expect(row!.before).toMatchObject({ scoringMode: "VERIFICATION", phases: { REGISTRATION: { opensOn: "2026-01-05", closesOn: "2026-03-25" } } });
    expect(row!.after).toMatchObject({ phases: { REGISTRATION: { opensOn: "2026-01-10", closesOn: "2026-03-31" }, NOMINATION: { closesOn: "2027-03-31" } } });
  });

  it("refuses dates out of order or out of the year with field errors naming the phase, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const before = await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } });
    const e = await expectRefused(
      savePhases(
        await form(w, {
          EXECUTION: { opensOn: "2026-04-16", closesOn: "2026-12-31" }, // valid: must not be saved either
          CONFERENCE: { opensOn: "2026-12-21", closesOn: "2026-12-20" },
          NOMINATION: { opensOn: "2027-01-02", closesOn: "2027-04-01" },
        }),
      ),
      "INVALID_INPUT",
    );
    expect(e.fieldErrors).toEqual({
      "phases.CONFERENCE.closesOn": ["Ngày kết thúc giai đoạn “Hội nghị tổng kết” không được trước ngày bắt đầu (21/12/2026)."],
      "phases.NOMINATION.closesOn": ["Ngày kết thúc giai đoạn “Đề nghị khen thưởng” phải trong khoảng 01/01/2026 – 31/03/2027."],
    });
    expect(await stored(w, "EXECUTION")).toEqual(["2026-04-16", "2026-10-31"]);
    expect((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).updatedAt).toEqual(before.updatedAt);
    expect(await auditOf("Cycle")).toEqual([]);
  });

  it("the form refuses a missing date with a message naming the phase", async () => {
    const w = await world();
    const raw = await rawForm(w, { PLEDGE_SIGNING: { opensOn: "2026-03-01", closesOn: "" } });
    const parsed = SavePhasesInputSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["phases.PLEDGE_SIGNING.closesOn", "Vui lòng chọn ngày kết thúc giai đoạn “Ký kết giao ước”."],
    ]);
  });

  it("refuses a second save made from a stale page, keeping the first", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const first = await form(w, { REGISTRATION: { opensOn: "2026-01-10", closesOn: "2026-03-20" } });
    const second = await form(w, { REGISTRATION: { opensOn: "2026-01-15", closesOn: "2026-03-30" } });
    await savePhases(first);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(savePhases(second), "CONFLICT");
    expect(e.message).toContain("đã được người khác cập nhật");
    expect(await stored(w, "REGISTRATION")).toEqual(["2026-01-10", "2026-03-20"]);
    expect(await auditOf("Cycle", w.cycleA.id)).toHaveLength(1);
  });

  it("leaves the chair's reopening alone", async () => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", {
      opensOn: "2026-01-05",
      closesOn: "2026-03-25",
      reopenedUntil: "2026-04-10",
      reopenReason: "Cho phép nộp muộn do sáp nhập",
    });
    signInAs(w.users.SECRETARY);
    await savePhases(await form(w));
    expect(await w.db.cyclePhase.findFirstOrThrow({ where: { cycleId: w.cycleA.id, key: "REGISTRATION" } })).toMatchObject({
      reopenedUntil: day("2026-04-10"),
      reopenReason: "Cho phép nộp muộn do sáp nhập",
    });
  });

  it("creates the phases a cycle does not have yet (a year opened without a calendar)", async () => {
    const w = await world();
    const bare = await w.db.cycle.create({ data: { blocId: w.blocA.id, year: YEAR + 1 } });
    signInAs(w.users.SECRETARY);
    const raw = await rawForm(w, {}, "VERIFICATION", bare.id);
    const phases = Object.fromEntries(defaultPhaseDates(YEAR + 1).map((p) => [p.key, { opensOn: p.opensOn, closesOn: p.closesOn }]));
    await savePhases(SavePhasesInputSchema.parse({ ...raw, phases }));
    expect(await w.db.cyclePhase.count({ where: { cycleId: bare.id } })).toBe(9);
  });

  describe("scoring mode", () => {
    it("may change while self-scoring has not opened", async () => {
      const w = await world();
      await setPhase(w.cycleA.id, "SELF_SCORING", { opensOn: fromToday(1), closesOn: fromToday(30) });
      signInAs(w.users.SECRETARY);
      await savePhases(await form(w, {}, "CROSS_SCORING"));
      expect((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).scoringMode).toBe("CROSS_SCORING");
    });

    it("cannot change once self-scoring has opened, and says why", async () => {
      const w = await world();
      await setPhase(w.cycleA.id, "SELF_SCORING", { opensOn: fromToday(0), closesOn: fromToday(30) });
      signInAs(w.users.SECRETARY);
      const e = await expectRefused(
        savePhases(await form(w, { REGISTRATION: { opensOn: "2026-01-10", closesOn: "2026-03-20" } }, "CROSS_SCORING")),
        "INVALID_INPUT",
      );
      expect(e.message).toMatch(
        /^Không thể đổi cách chấm điểm: giai đoạn “Tự chấm điểm” đã mở từ ngày \d{2}\/\d{2}\/\d{4}, các cơ quan đã bắt đầu chấm theo cách “Tự chấm và thẩm định”\.$/,
      );
      expect(e.fieldErrors).toEqual({ scoringMode: [e.message] });
      expect(await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).toMatchObject({ scoringMode: "VERIFICATION" });
      expect(await stored(w, "REGISTRATION")).toEqual(["2026-01-05", "2026-03-25"]);
      expect(await auditOf("Cycle")).toEqual([]);
    });

    it("still lets the dates be saved when the mode is kept", async () => {
      const w = await world();
      await setPhase(w.cycleA.id, "SELF_SCORING", { opensOn: fromToday(-5), closesOn: fromToday(30) });
      signInAs(w.users.CHAIR);
      await savePhases(await form(w, { REGISTRATION: { opensOn: "2026-01-10", closesOn: "2026-03-20" } }, "VERIFICATION"));
      expect(await stored(w, "REGISTRATION")).toEqual(["2026-01-10", "2026-03-20"]);
    });

    it("cannot change once an agency has a score sheet", async () => {
      const w = await world();
      await setPhase(w.cycleA.id, "SELF_SCORING", { opensOn: fromToday(10), closesOn: fromToday(30) });
      const table = await w.db.criteriaTable.create({ data: { cycleId: w.cycleA.id, version: 1, title: "Bảng tiêu chí", scale: 100 } });
      await w.db.scoreSheet.create({ data: { cycleId: w.cycleA.id, tableId: table.id, agencyId: w.btg.id } });
      signInAs(w.users.SECRETARY);
      const e = await expectRefused(savePhases(await form(w, {}, "CROSS_SCORING")), "INVALID_INPUT");
      expect(e.message).toBe("Không thể đổi cách chấm điểm: đã có cơ quan lập bảng tự chấm điểm theo cách “Tự chấm và thẩm định”.");
    });
  });
});
