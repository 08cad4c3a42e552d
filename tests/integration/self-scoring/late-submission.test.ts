import { beforeEach, describe, expect, it, vi } from "vitest";
import { GrantExtensionInputSchema, WaiveLatePenaltyInputSchema } from "@/lib/schemas/deadlines";
import { SubmitScoreSheetInputSchema } from "@/lib/schemas/self-scoring";
import { grantExtension } from "@/lib/server/deadlines/grant-extension";
import { waiveLatePenalty } from "@/lib/server/deadlines/waive-late-penalty";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results";
import { getScoreSheet } from "@/lib/server/self-scoring/get-score-sheet";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";
import { dayFromToday } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { fillSheet } from "./helpers";
import { auditOf, expectRefused, setSelfScoring, world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** 0.5 a day late, at most 2, accepted for 5 days after the deadline. */
const PENALTY = { mode: "PENALTY", graceDays: 5, kind: "PER_DAY", points: 0.5, maxPoints: 2 };
const iso = (d: Date) => d.toISOString().slice(0, 10);

async function lateRule(w: World, rule: object | null) {
  await w.db.cycle.update({ where: { id: w.cycle.id }, data: { rules: rule ? { lateSubmission: { SELF_SCORING: rule } } : {} } });
}

/** btg's sheet filled by its officer; SELF_SCORING then ended `daysAgo` days ago (the sheet is filled while it was open). */
async function filledThenClosed(w: World, daysAgo: number) {
  signInAs(w.users.AGENCY_OFFICER);
  const version = await fillSheet(w);
  await setSelfScoring(w.cycle.id, [-30, -daysAgo]);
  const sheet = await w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.btg.id } });
  signInAs(w.users.AGENCY_LEADER);
  return SubmitScoreSheetInputSchema.parse({ sheetId: sheet.id, version: String(version) });
}

/** btg's row of the results once its sheet is verified (the results rank verified sheets). */
async function btgResult(w: World) {
  await w.db.scoreSheet.updateMany({ where: { agencyId: w.btg.id }, data: { status: "VERIFIED" } });
  const view = await computeBlocResultsWith(w.db, w.blocA.id, YEAR);
  if (view.status !== "READY") throw new Error(view.status);
  return view.rows.find((r) => r.agencyId === w.btg.id)!;
}

const extension = (w: World, days: number, version = 0) =>
  GrantExtensionInputSchema.parse({
    cycleId: w.cycle.id,
    agencyId: w.btg.id,
    step: "SELF_SCORING",
    extendedUntil: iso(dayFromToday(days)),
    reason: "Cơ quan bị mất điện kéo dài",
    version: String(version),
  });
const waiver = (w: World, version = 0) =>
  WaiveLatePenaltyInputSchema.parse({
    cycleId: w.cycle.id,
    agencyId: w.btg.id,
    step: "SELF_SCORING",
    reason: "Lỗi hệ thống ngày nộp",
    version: String(version),
  });

describe("late self-scoring sheet", () => {
  beforeEach(() => signInAs(null));

  it("REFUSE (the default): refused the day after the phase with the reason, and writes nothing", async () => {
    const w = await world();
    const input = await filledThenClosed(w, 1);
    const e = await expectRefused(submitScoreSheet(input), "PHASE_CLOSED");
    expect(e.message).toContain(`đã kết thúc ngày ${iso(dayFromToday(-1)).split("-").reverse().join("/")}`);
    expect((await w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.btg.id } })).status).toBe("DRAFT");
    expect(await w.db.lateSubmission.count()).toBe(0);
    expect(await auditOf("ScoreSheet")).toHaveLength(0);
  });

  it("the phase's last day is on time: no deduction", async () => {
    const w = await world();
    await lateRule(w, PENALTY);
    const input = await filledThenClosed(w, 0);
    await submitScoreSheet(input);
    expect(await w.db.lateSubmission.count()).toBe(0);
    expect((await btgResult(w)).deductions).toEqual([]);
  });

  it("PENALTY within the grace: accepted, recorded once, audited, and deducted in the results with its line", async () => {
    const w = await world();
    await lateRule(w, PENALTY);
    const input = await filledThenClosed(w, 2);
    const page = await getScoreSheet(w.blocA.id, YEAR, w.btg.id);
    expect(page.phase).toMatchObject({ open: true, reason: null });
    expect(page.phase?.lateWarning).toMatch(/^Nộp bảng tự chấm điểm muộn 2 ngày .* Cơ quan sẽ bị trừ 1 điểm vào tổng điểm\.$/);

    await submitScoreSheet(input);
    const late = await w.db.lateSubmission.findFirstOrThrow();
    expect(late).toMatchObject({ agencyId: w.btg.id, step: "SELF_SCORING", daysLate: 2 });
    expect(late.points.toNumber()).toBe(1);
    const [row] = await auditOf("ScoreSheet");
    expect(row!.after).toMatchObject({ status: "SUBMITTED", late: { daysLate: 2, points: 1, waived: false } });

    const result = await btgResult(w);
    // 8.6 on the sheet (submit-score-sheet.test.ts) − 1 for two days late.
    expect(result.total).toBe(7.6);
    expect(result.penalty).toBe(1);
    expect(result.deductions).toEqual([
      { label: "Trừ điểm nộp muộn (2 ngày)", reason: expect.stringMatching(/^Nộp bảng tự chấm điểm muộn 2 ngày so với hạn/), points: 1 },
    ]);
  });

  it("PENALTY: an agency can still fill its sheet during the grace", async () => {
    const w = await world();
    await lateRule(w, PENALTY);
    await setSelfScoring(w.cycle.id, [-30, -1]);
    signInAs(w.users.AGENCY_OFFICER);
    const version = await fillSheet(w);
    expect(version).toBeGreaterThan(0);
  });

  it("PENALTY after the grace: refused with the grace's end, and writes nothing", async () => {
    const w = await world();
    await lateRule(w, PENALTY);
    const input = await filledThenClosed(w, 6);
    const e = await expectRefused(submitScoreSheet(input), "PHASE_CLOSED");
    expect(e.message).toContain("Thời hạn nộp muộn (5 ngày) đã hết ngày");
    expect(await w.db.lateSubmission.count()).toBe(0);
    expect(await auditOf("ScoreSheet")).toHaveLength(0);
  });

  it("an extension makes it on time (even under REFUSE), and is audited with its reason", async () => {
    const w = await world();
    const input = await filledThenClosed(w, 3);
    signInAs(w.users.CHAIR);
    await grantExtension(extension(w, 1));
    signInAs(w.users.AGENCY_LEADER);
    await submitScoreSheet(input);
    expect(await w.db.lateSubmission.count()).toBe(0);
    const [row] = await auditOf("DeadlineOverride");
    expect(row).toMatchObject({ actorId: w.users.CHAIR, action: "deadline.extend", reason: "Cơ quan bị mất điện kéo dài", before: null });
    expect(row!.after).toMatchObject({ agencyId: w.btg.id, step: "SELF_SCORING", extendedUntil: iso(dayFromToday(1)), waived: false, version: 1 });
  });

  it("a waiver removes the deduction from the results, and is audited with before and after", async () => {
    const w = await world();
    await lateRule(w, PENALTY);
    await submitScoreSheet(await filledThenClosed(w, 3));
    expect((await btgResult(w)).total).toBe(7.1);
    signInAs(w.users.CHAIR);
    await expectRefused(grantExtension(extension(w, 2)), "INVALID_INPUT"); // already late: a waiver is the way
    await waiveLatePenalty(waiver(w));
    const result = await btgResult(w);
    expect(result).toMatchObject({ total: 8.6, penalty: 0, deductions: [] });
    const rows = await auditOf("DeadlineOverride");
    expect(rows.map((r) => r.action)).toEqual(["deadline.waive"]);
    expect(rows[0]!.after).toMatchObject({ waived: true, waiverReason: "Lỗi hệ thống ngày nộp" });
    await expectRefused(waiveLatePenalty(waiver(w, 1)), "INVALID_INPUT");
  });

  it("an extension is refused once the agency submitted late, before the phase's end, or in the past; a stale version conflicts", async () => {
    const w = await world();
    await lateRule(w, PENALTY);
    await setSelfScoring(w.cycle.id, [-30, -3]);
    signInAs(w.users.CHAIR);
    const past = await expectRefused(grantExtension(extension(w, -1)), "INVALID_INPUT");
    expect(past.fieldErrors?.extendedUntil?.[0]).toMatch(/^Ngày gia hạn phải từ hôm nay/);
    await expectRefused(grantExtension(extension(w, -4)), "INVALID_INPUT");
    await grantExtension(extension(w, 1));
    await expectRefused(grantExtension(extension(w, 2, 0)), "CONFLICT");
    await grantExtension(extension(w, 2, 1));
    expect(await auditOf("DeadlineOverride")).toHaveLength(2);

    await w.db.deadlineOverride.deleteMany();
    signInAs(w.users.AGENCY_OFFICER);
    const version = await fillSheet(w);
    const sheet = await w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.btg.id } });
    signInAs(w.users.AGENCY_LEADER);
    await submitScoreSheet({ sheetId: sheet.id, version });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(grantExtension(extension(w, 2)), "INVALID_INPUT");
    expect(e.message).toMatch(/^Cơ quan đã nộp muộn bước “Nộp bảng tự chấm điểm”/);
  });

  it("a resubmission after the verifiers returned the sheet adds no second deduction", async () => {
    const w = await world();
    await lateRule(w, PENALTY);
    const input = await filledThenClosed(w, 1);
    await submitScoreSheet(input);
    await w.db.scoreSheet.updateMany({ where: { agencyId: w.btg.id }, data: { status: "RETURNED" } });
    await setSelfScoring(w.cycle.id, [-30, -2]);
    const sheet = await w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.btg.id } });
    await submitScoreSheet({ sheetId: sheet.id, version: sheet.version });
    const rows = await w.db.lateSubmission.findMany();
    expect(rows.map((r) => r.daysLate)).toEqual([1]);
  });
});
