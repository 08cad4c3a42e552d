import { beforeEach, describe, expect, it, vi } from "vitest";
import { isoToVn, REOPEN_HINT } from "@/lib/domain/cycle-phase";
import { ReopenPhaseInputSchema } from "@/lib/schemas/calendar";
import { reopenPhase } from "@/lib/server/cycles/reopen-phase";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, fromToday, setPhase, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const guard = (w: World, cycleId = w.cycleA.id) => w.db.$transaction((tx) => requireOpenPhase(tx, cycleId, "REGISTRATION"));

describe("requireOpenPhase", () => {
  beforeEach(() => signInAs(null));

  it.each([
    ["on its first day", fromToday(0), fromToday(10)],
    ["on its last day", fromToday(-10), fromToday(0)],
  ])("lets an action through while its phase is open (%s)", async (_name, opensOn, closesOn) => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", { opensOn, closesOn });
    await expect(guard(w)).resolves.toBeUndefined();
  });

  it("refuses an upcoming phase, saying when it opens", async () => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(1), closesOn: fromToday(10) });
    const e = await expectRefused(guard(w), "PHASE_CLOSED");
    expect(e.message).toBe(`Giai đoạn “Đăng ký thi đua” chưa mở: bắt đầu từ ngày ${isoToVn(fromToday(1))}.`);
  });

  it("refuses a closed phase, saying when it ended", async () => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-30), closesOn: fromToday(-1) });
    const e = await expectRefused(guard(w), "PHASE_CLOSED");
    expect(e.message).toBe(`Giai đoạn “Đăng ký thi đua” đã kết thúc ngày ${isoToVn(fromToday(-1))}. ${REOPEN_HINT}`);
  });

  it("lets an action through in a closed phase the chair reopened, until the day chosen (inclusive)", async () => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", {
      opensOn: fromToday(-30),
      closesOn: fromToday(-5),
      reopenedUntil: fromToday(0),
      reopenReason: "Gia hạn cho cơ quan mới",
    });
    await expect(guard(w)).resolves.toBeUndefined();
  });

  it("refuses again once the reopening has ended, saying when", async () => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", {
      opensOn: fromToday(-30),
      closesOn: fromToday(-10),
      reopenedUntil: fromToday(-2),
      reopenReason: "Gia hạn cho cơ quan mới",
    });
    const e = await expectRefused(guard(w), "PHASE_CLOSED");
    expect(e.message).toBe(`Giai đoạn “Đăng ký thi đua” đã kết thúc ngày ${isoToVn(fromToday(-2))}. ${REOPEN_HINT}`);
  });

  it("refuses a phase the cycle has no dates for", async () => {
    const w = await world();
    await w.db.cyclePhase.delete({ where: { cycleId_key: { cycleId: w.cycleA.id, key: "REGISTRATION" } } });
    const e = await expectRefused(guard(w), "PHASE_CLOSED");
    expect(e.message).toBe("Chưa đặt lịch cho giai đoạn “Đăng ký thi đua”.");
  });

  it("looks only at the cycle it is given (another bloc's open phase does not count)", async () => {
    const w = await world();
    await setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-30), closesOn: fromToday(-1) });
    await setPhase(w.cycleB.id, "REGISTRATION", { opensOn: fromToday(-30), closesOn: fromToday(30) });
    await expectRefused(guard(w), "PHASE_CLOSED");
    await expect(guard(w, w.cycleB.id)).resolves.toBeUndefined();
  });

  it("opens again after the chair's reopenPhase", async () => {
    const w = await world();
    const phase = await setPhase(w.cycleA.id, "REGISTRATION", { opensOn: fromToday(-30), closesOn: fromToday(-1) });
    await expectRefused(guard(w), "PHASE_CLOSED");
    signInAs(w.users.CHAIR);
    await reopenPhase(ReopenPhaseInputSchema.parse({ phaseId: phase.id, reopenedUntil: fromToday(3), reason: "Gia hạn cho cơ quan mới sáp nhập" }));
    await expect(guard(w)).resolves.toBeUndefined();
  });
});
