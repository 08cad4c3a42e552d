import { beforeEach, describe, expect, it, vi } from "vitest";
import { ReopenPhaseInputSchema } from "@/lib/schemas/calendar";
import { isoDay } from "@/lib/format";
import { reopenPhase } from "@/lib/server/cycles/reopen-phase";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, day, expectRefused, fromToday, setPhase, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const REASON = "Hai cơ quan mới sáp nhập cần thêm thời gian đăng ký";

/** REGISTRATION of bloc A closed ten days ago. */
async function closedRegistration(w: World) {
  return setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-60), closesOn: fromToday(-10) });
}
const form = (phaseId: string, over: Record<string, string> = {}) =>
  ReopenPhaseInputSchema.parse({ phaseId, reopenedUntil: fromToday(7), reason: REASON, ...over });

// "phase:reopen" is the chair's alone.
const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["CHAIR", "ok"],
  ["SECRETARY", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["OTHER_CHAIR", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("reopenPhase", () => {
  beforeEach(() => signInAs(null));

  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const phase = await closedRegistration(w);
    signInAs(w.users[who]);
    if (outcome === "ok") await reopenPhase(form(phase.id));
    else await expectRefused(reopenPhase(form(phase.id)), outcome);
    const after = await w.db.cyclePhase.findUniqueOrThrow({ where: { id: phase.id } });
    expect(after.reopenedUntil).toEqual(outcome === "ok" ? day(fromToday(7)) : null);
  });

  it("records the day and the reason, audited with before, after and the reason", async () => {
    const w = await world();
    const phase = await closedRegistration(w);
    signInAs(w.users.CHAIR);
    await reopenPhase(form(phase.id));
    expect(await w.db.cyclePhase.findUniqueOrThrow({ where: { id: phase.id } })).toMatchObject({ reopenedUntil: day(fromToday(7)), reopenReason: REASON });
    const [row] = await auditOf("CyclePhase", phase.id);
    expect(row).toMatchObject({ actorId: w.users.CHAIR, action: "phase.reopen", blocId: w.blocA.id, reason: REASON });
    expect(row!.before).toEqual({ key: "REGISTRATION", opensOn: fromToday(-60), closesOn: fromToday(-10), reopenedUntil: null, reopenReason: null });
    expect(row!.after).toEqual({ key: "REGISTRATION", opensOn: fromToday(-60), closesOn: fromToday(-10), reopenedUntil: fromToday(7), reopenReason: REASON });
  });

  it("reopens until today (inclusive)", async () => {
    const w = await world();
    const phase = await closedRegistration(w);
    signInAs(w.users.CHAIR);
    await reopenPhase(form(phase.id, { reopenedUntil: fromToday(0) }));
    expect(isoDay((await w.db.cyclePhase.findUniqueOrThrow({ where: { id: phase.id } })).reopenedUntil!)).toBe(fromToday(0));
  });

  it.each([
    ["an open phase", { opensOn: fromToday(-5), closesOn: fromToday(5) }, "đang mở đến ngày"],
    ["an upcoming phase", { opensOn: fromToday(5), closesOn: fromToday(20) }, "chưa mở"],
    [
      "a phase already reopened",
      { opensOn: fromToday(-30), closesOn: fromToday(-10), reopenedUntil: fromToday(3), reopenReason: "Lần mở lại trước" },
      "đang được mở lại",
    ],
  ])("refuses %s, writing nothing", async (_name, dates, says) => {
    const w = await world();
    const phase = await setPhase(w.cycleA.id, "REGISTRATION", dates);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(reopenPhase(form(phase.id)), "INVALID_INPUT");
    expect(e.message).toContain(says);
    expect(e.message).toContain("chỉ mở lại được giai đoạn đã kết thúc");
    expect(e.fieldErrors).toEqual({ phaseId: [e.message] });
    expect(await auditOf("CyclePhase")).toEqual([]);
  });

  it("refuses a day before today, on the date field", async () => {
    const w = await world();
    const phase = await closedRegistration(w);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(reopenPhase(form(phase.id, { reopenedUntil: fromToday(-1) })), "INVALID_INPUT");
    expect(e.fieldErrors?.reopenedUntil?.[0]).toMatch(/^Ngày mở lại đến phải từ hôm nay \(\d{2}\/\d{2}\/\d{4}\) trở đi\.$/);
    expect((await w.db.cyclePhase.findUniqueOrThrow({ where: { id: phase.id } })).reopenedUntil).toBeNull();
  });

  it.each([
    ["a reason under 10 characters", { reason: "Nộp muộn" }, "reason", "Lý do mở lại cần ít nhất 10 ký tự."],
    ["a blank reason (spaces only)", { reason: "           " }, "reason", "Lý do mở lại cần ít nhất 10 ký tự."],
    ["no day", { reopenedUntil: "" }, "reopenedUntil", "Vui lòng chọn ngày mở lại đến."],
  ])("the form refuses %s", async (_name, over, field, message) => {
    const parsed = ReopenPhaseInputSchema.safeParse({ phaseId: "p1", reopenedUntil: fromToday(3), reason: REASON, ...over });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([[field, message]]);
  });

  it("is not found for an unknown phase", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await expectRefused(reopenPhase(form("khong-co")), "NOT_FOUND");
  });

  it("lets only one of two simultaneous reopenings through", async () => {
    const w = await world();
    const phase = await closedRegistration(w);
    signInAs(w.users.CHAIR);
    const results = await Promise.allSettled([
      reopenPhase(form(phase.id)),
      reopenPhase(form(phase.id, { reopenedUntil: fromToday(9), reason: "Lý do thứ hai, khác lý do đầu" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["CONFLICT", "INVALID_INPUT"]).toContain((refused.reason as { code: string }).code);
    expect(await auditOf("CyclePhase", phase.id)).toHaveLength(1);
  });
});
