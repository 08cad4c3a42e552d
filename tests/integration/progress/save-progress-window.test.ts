import { beforeEach, describe, expect, it, vi } from "vitest";
import { ProgressInputSchema } from "@/lib/schemas/progress";
import { saveProgress } from "@/lib/server/progress/save-progress";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, dayFromToday, expectRefused, makePledge, setWindow, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (w: World, commitmentId = w.pledge.commitments[0]!.id, version = "0") =>
  ProgressInputSchema.parse({ commitmentId, agencyId: w.btg.id, version, status: "ON_TRACK", value: "70" });

describe("saveProgress: when, and on which pledge version", () => {
  beforeEach(() => signInAs(null));

  it.each<[string, [number, number] | null, [number, number] | null]>([
    ["execution open, review not yet", [-10, 10], [20, 40]],
    ["review open after execution closed", [-40, -10], [-2, 2]],
    ["both open", [-10, 10], [-2, 2]],
  ])("accepts a report while %s", async (_name, execution, review) => {
    const w = await world();
    await setWindow(w.cycle.id, { EXECUTION: execution, MID_YEAR_REVIEW: review });
    signInAs(w.users.AGENCY_LEADER);
    await expect(saveProgress(form(w))).resolves.toEqual({ version: 1 });
  });

  it("accepts a report while the chair has reopened the review", async () => {
    const w = await world();
    await setWindow(w.cycle.id, { EXECUTION: [-60, -30], MID_YEAR_REVIEW: [-20, -10] });
    await w.db.cyclePhase.updateMany({
      where: { cycleId: w.cycle.id, key: "MID_YEAR_REVIEW" },
      data: { reopenedUntil: dayFromToday(3), reopenReason: "Bổ sung minh chứng" },
    });
    signInAs(w.users.AGENCY_LEADER);
    await expect(saveProgress(form(w))).resolves.toEqual({ version: 1 });
  });

  it("refuses a report once both phases have ended, with the reason, writing nothing", async () => {
    const w = await world();
    await setWindow(w.cycle.id, { EXECUTION: [-60, -30], MID_YEAR_REVIEW: [-20, -10] });
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(saveProgress(form(w)), "PHASE_CLOSED");
    expect(e.message).toMatch(/^Chỉ cập nhật được tiến độ khi giai đoạn “Tổ chức thực hiện” hoặc “Sơ kết 6 tháng” đang mở\. /);
    expect(e.message).toContain("Giai đoạn “Sơ kết 6 tháng” đã kết thúc ngày");
    expect(await w.db.commitmentProgress.count()).toBe(0);
    expect(await auditOf("CommitmentProgress")).toHaveLength(0);
  });

  it("refuses a report before execution opens, and when the calendar has no such phases", async () => {
    const w = await world();
    await setWindow(w.cycle.id, { EXECUTION: [5, 60], MID_YEAR_REVIEW: [30, 40] });
    signInAs(w.users.AGENCY_LEADER);
    expect((await expectRefused(saveProgress(form(w)), "PHASE_CLOSED")).message).toContain("“Tổ chức thực hiện” chưa mở");
    await setWindow(w.cycle.id, { EXECUTION: null, MID_YEAR_REVIEW: null });
    expect((await expectRefused(saveProgress(form(w)), "PHASE_CLOSED")).message).toContain("Chưa đặt lịch cho giai đoạn");
  });

  it("refuses a report when no version of the pledge is signed by everyone", async () => {
    const w = await world();
    await w.db.pledge.update({ where: { id: w.pledge.id }, data: { status: "SIGNING", lockedAt: null } });
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(saveProgress(form(w)), "INVALID_INPUT");
    expect(e.message).toBe("Giao ước năm 2026 chưa được ký đủ: chưa thể báo cáo tiến độ.");
  });

  it("reports against the latest signed version, not a newer version still being signed", async () => {
    const w = await world();
    const v2 = await makePledge(w.cycle.id, 2, "SIGNING");
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(saveProgress(form(w, v2.commitments[0]!.id)), "INVALID_INPUT");
    expect(e.message).toBe("Phiên bản giao ước này chưa được ký đủ: tiến độ được báo cáo theo phiên bản đã ký.");
    await expect(saveProgress(form(w))).resolves.toEqual({ version: 1 });
  });

  it("goes on against the signed version while a new version is drafted (the old one is already SUPERSEDED)", async () => {
    const w = await world();
    await w.db.pledge.update({ where: { id: w.pledge.id }, data: { status: "SUPERSEDED" } });
    const v2 = await makePledge(w.cycle.id, 2, "DRAFT");
    signInAs(w.users.AGENCY_LEADER);
    await expect(saveProgress(form(w))).resolves.toEqual({ version: 1 });
    await expectRefused(saveProgress(form(w, v2.commitments[0]!.id)), "INVALID_INPUT");
  });

  it("refuses a report on a superseded version once a newer one is signed", async () => {
    const w = await world();
    await w.db.pledge.update({ where: { id: w.pledge.id }, data: { status: "SUPERSEDED" } });
    const v2 = await makePledge(w.cycle.id, 2, "LOCKED");
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(saveProgress(form(w)), "CONFLICT");
    expect(e.message).toContain("Giao ước đã có phiên bản mới được ký");
    await expect(saveProgress(form(w, v2.commitments[0]!.id))).resolves.toEqual({ version: 1 });
  });

  it("does not find a commitment that does not exist", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(saveProgress(form(w, "khong-ton-tai")), "NOT_FOUND");
  });
});
