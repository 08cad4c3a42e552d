import { beforeEach, describe, expect, it, vi } from "vitest";
import { VerifyEntryInputSchema } from "@/lib/schemas/verification";
import { verifyEntry } from "@/lib/server/verification/verify-entry";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, setVerification, submittedSheet, verificationWorld, type VerificationWorld, type VWho } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const input = (sheet: { id: string; version: number }, criterionId: string, over: Record<string, unknown> = {}) =>
  VerifyEntryInputSchema.parse({ sheetId: sheet.id, criterionId, version: String(sheet.version), ...over });

const entryOf = (w: VerificationWorld, sheetId: string, criterionId: string) =>
  w.db.scoreEntry.findUniqueOrThrow({ where: { sheetId_criterionId: { sheetId, criterionId } } });

describe("verifyEntry: who verifies whom", () => {
  beforeEach(() => signInAs(null));

  // btg is a plain member: the chair's team verifies it.
  it.each<[VWho, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["CHAIR", "ok"],
    ["CHAIR_HEAD", "ok"],
    ["SECRETARY", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["BKT_LEADER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s verifying a member's (btg) entry → %s", async (who, outcome) => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users[who]);
    const p = verifyEntry(input(sheet, w.graded.id, { points: "3" }));
    if (outcome === "ok") await p;
    else await expectRefused(p, outcome);
    const e = await entryOf(w, sheet.id, w.graded.id);
    expect(e.verifiedAt !== null).toBe(outcome === "ok");
  });

  // bkt is the head's agency: only the deputy's (bdv's) leader verifies it — never the chair.
  it.each<[VWho, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["OTHER_AGENCY_LEADER", "ok"],
    ["BDV_OFFICER", "NOT_FOUND"],
    ["CHAIR", "FORBIDDEN"],
    ["CHAIR_HEAD", "FORBIDDEN"],
    ["BKT_LEADER", "FORBIDDEN"],
    ["AGENCY_LEADER", "NOT_FOUND"],
    ["SECRETARY", "FORBIDDEN"],
  ])("%s verifying the head's agency (bkt) → %s", async (who, outcome) => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.bkt.id);
    signInAs(w.users[who]);
    const p = verifyEntry(input(sheet, w.graded.id, { points: "3" }));
    if (outcome === "ok") await p;
    else await expectRefused(p, outcome);
  });

  it("the deputy's leader verifies nothing but the head's agency; the chair verifies the deputy's agency", async () => {
    const w = await verificationWorld();
    const bdv = await submittedSheet(w, w.bdv.id);
    signInAs(w.users.OTHER_AGENCY_LEADER);
    await expectRefused(verifyEntry(input(bdv, w.graded.id, { points: "3" })), "FORBIDDEN");
    signInAs(w.users.CHAIR_HEAD);
    await verifyEntry(input(bdv, w.graded.id, { points: "3" }));
  });

  it("with no head recorded, the chair's team verifies every member but never its own agency", async () => {
    const w = await verificationWorld({ head: false });
    const bkt = await submittedSheet(w, w.bkt.id);
    signInAs(w.users.CHAIR);
    await verifyEntry(input(bkt, w.graded.id, { points: "3" }));
    signInAs(w.users.CHAIR_HEAD);
    await expectRefused(verifyEntry(input({ id: bkt.id, version: bkt.version + 1 }, w.graded.id, { points: "3" })), "FORBIDDEN");
  });
});

describe("verifyEntry: values", () => {
  beforeEach(() => signInAs(null));

  it("a changed value needs a reason; it is stored with the verifier and audited", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    const refused = await expectRefused(verifyEntry(input(sheet, w.graded.id, { points: "5" })), "INVALID_INPUT");
    expect(refused.fieldErrors?.reason).toEqual(["Giá trị thẩm định khác giá trị tự chấm: vui lòng nêu lý do."]);
    const { version } = await verifyEntry(input(sheet, w.graded.id, { points: "5", reason: "Đạt mức Tốt theo biên bản kiểm tra" }));
    expect(version).toBe(sheet.version + 1);
    const e = await entryOf(w, sheet.id, w.graded.id);
    expect(e.selfPoints?.toNumber()).toBe(3);
    expect(e.verifiedPoints?.toNumber()).toBe(5);
    expect(e.verifyReason).toBe("Đạt mức Tốt theo biên bản kiểm tra");
    expect(e.verifiedById).toBe(w.users.CHAIR);
    const audit = (await auditOf("ScoreEntry")).filter((a) => a.action === "score-entry.verify");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.users.CHAIR, entityId: e.id, blocId: w.blocA.id, reason: "Đạt mức Tốt theo biên bản kiểm tra" });
    expect(audit[0].after).toMatchObject({ criterionCode: "1.1", verifiedPoints: 5, changed: true, selfPoints: "3" });
  });

  it("points outside [min, max] are refused", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    const refused = await expectRefused(verifyEntry(input(sheet, w.yesNo.id, { points: "3.5", reason: "x" })), "INVALID_INPUT");
    expect(refused.fieldErrors?.points?.[0]).toMatch(/từ 0 đến 3/);
    await expectRefused(verifyEntry(input(sheet, w.bonus.id, { points: "-1", reason: "x" })), "INVALID_INPUT");
  });

  it("QUANTITATIVE: the inputs are verified, never the points", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await expectRefused(verifyEntry(input(sheet, w.quant.id, { actual: "6", target: "10" })), "INVALID_INPUT");
    await verifyEntry(input(sheet, w.quant.id, { actual: "6", target: "10", points: "2", reason: "Số liệu thống kê quý IV" }));
    const e = await entryOf(w, sheet.id, w.quant.id);
    expect([e.verifiedActual?.toNumber(), e.verifiedTarget?.toNumber(), e.verifiedPoints]).toEqual([6, 10, null]);
  });

  it("GATE: a violation found is stored as verifiedActual 1 (the agency had no entry)", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await verifyEntry(input(sheet, w.gate.id, { violation: "on", reason: "Có cán bộ bị kỷ luật" }));
    const e = await entryOf(w, sheet.id, w.gate.id);
    expect([e.verifiedActual?.toNumber(), e.verifiedPoints, e.selfInput]).toEqual([1, null, null]);
  });

  it("a stale version is refused", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await verifyEntry(input(sheet, w.graded.id, { points: "3" }));
    await expectRefused(verifyEntry(input(sheet, w.yesNo.id, { points: "3" })), "CONFLICT");
  });

  it("outside the VERIFICATION phase it is refused", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    await setVerification(w, [-10, -2]);
    signInAs(w.users.CHAIR);
    await expectRefused(verifyEntry(input(sheet, w.graded.id, { points: "3" })), "PHASE_CLOSED");
    await setVerification(w, null);
    await expectRefused(verifyEntry(input(sheet, w.graded.id, { points: "3" })), "PHASE_CLOSED");
  });

  it("a year scored by cross-scoring is refused with a clear message", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "CROSS_SCORING" } });
    signInAs(w.users.CHAIR);
    const refused = await expectRefused(verifyEntry(input(sheet, w.graded.id, { points: "3" })), "INVALID_INPUT");
    expect(refused.message).toMatch(/chấm chéo/);
  });

  it("a sheet not submitted is not verified", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    await w.db.scoreSheet.update({ where: { id: sheet.id }, data: { status: "DRAFT" } });
    signInAs(w.users.CHAIR);
    const refused = await expectRefused(verifyEntry(input(sheet, w.graded.id, { points: "3" })), "INVALID_INPUT");
    expect(refused.message).toMatch(/chưa nộp/);
  });
});
