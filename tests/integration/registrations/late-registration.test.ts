import { beforeEach, describe, expect, it, vi } from "vitest";
import { getRegistration } from "@/lib/server/registrations/get-registration";
import { submitRegistration } from "@/lib/server/registrations/submit-registration";
import { waiveLatePenalty } from "@/lib/server/deadlines/waive-late-penalty";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, dayFromToday, expectRefused, footprint, input, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const FLAT = { mode: "PENALTY", graceDays: 3, kind: "FLAT", points: 2, maxPoints: null };

/** REGISTRATION ended `daysAgo` days ago; the rule for the step as given (none: the default, REFUSE). */
async function closed(w: World, daysAgo: number, rule?: object) {
  await w.db.cyclePhase.updateMany({
    where: { cycleId: w.cycleA.id, key: "REGISTRATION" },
    data: { opensOn: dayFromToday(-40), closesOn: dayFromToday(-daysAgo) },
  });
  await w.db.cycle.update({ where: { id: w.cycleA.id }, data: { rules: rule ? { lateSubmission: { REGISTRATION: rule } } : {} } });
}

describe("late registration", () => {
  beforeEach(() => signInAs(null));

  it("REFUSE: refused after the phase with the reason; nothing written", async () => {
    const w = await world();
    await closed(w, 1);
    signInAs(w.users.AGENCY_LEADER);
    const before = await footprint();
    const e = await expectRefused(submitRegistration(input(w)), "PHASE_CLOSED");
    expect(e.message).toMatch(/^Giai đoạn “Đăng ký thi đua” đã kết thúc ngày/);
    expect(await footprint()).toEqual(before);
    expect(await w.db.lateSubmission.count()).toBe(0);
  });

  it("PENALTY (flat) within the grace: the page warns, the submission is accepted, recorded and audited; a waiver is shown", async () => {
    const w = await world();
    await closed(w, 3, FLAT);
    signInAs(w.users.AGENCY_LEADER);
    const page = await getRegistration(w.blocA.id, 2026, w.btg.code);
    expect(page.window).toMatchObject({ open: true, reason: null });
    expect(page.window.lateWarning).toMatch(/^Nộp đăng ký thi đua muộn 3 ngày .* Cơ quan sẽ bị trừ 2 điểm vào tổng điểm\.$/);

    const { id } = await submitRegistration(input(w));
    const late = await w.db.lateSubmission.findFirstOrThrow();
    expect(late).toMatchObject({ agencyId: w.btg.id, step: "REGISTRATION", daysLate: 3 });
    expect(late.points.toNumber()).toBe(2);
    const rows = await auditOf(id);
    expect(rows.at(-1)!.after).toMatchObject({ status: "SUBMITTED", late: { daysLate: 3, points: 2 } });
    expect((await getRegistration(w.blocA.id, 2026, w.btg.code)).late).toEqual({ daysLate: 3, points: 2, waived: false });

    signInAs(w.users.CHAIR);
    await waiveLatePenalty({ cycleId: w.cycleA.id, agencyId: w.btg.id, step: "REGISTRATION", reason: "Sự cố đường truyền ngày cuối", version: 0 });
    signInAs(w.users.AGENCY_LEADER);
    expect((await getRegistration(w.blocA.id, 2026, w.btg.code)).late).toEqual({ daysLate: 3, points: 0, waived: true });
  });

  it("PENALTY after the grace: refused, nothing written", async () => {
    const w = await world();
    await closed(w, 4, FLAT);
    signInAs(w.users.AGENCY_LEADER);
    const before = await footprint();
    const e = await expectRefused(submitRegistration(input(w)), "PHASE_CLOSED");
    expect(e.message).toContain("Thời hạn nộp muộn (3 ngày) đã hết ngày");
    expect(await footprint()).toEqual(before);
    expect((await getRegistration(w.blocA.id, 2026, w.btg.code)).window.open).toBe(false);
  });
});
