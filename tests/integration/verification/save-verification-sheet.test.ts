import { beforeEach, describe, expect, it, vi } from "vitest";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import { SaveVerificationSheetInputSchema, verificationSheetFormFields } from "@/lib/schemas/verification";
import { saveVerificationSheet } from "@/lib/server/verification/save-verification-sheet";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, setVerification, submittedSheet, verificationWorld, type VerificationWorld, type VWho } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

type Rows = Record<string, Record<string, string>>;

/** The verification sheet's form as the browser sends it: entries.<criterionId>.<field>. */
function sheetForm(sheet: { id: string; version: number }, rows: Rows) {
  const f = new FormData();
  f.set("sheetId", sheet.id);
  f.set("version", String(sheet.version));
  for (const [id, fields] of Object.entries(rows)) for (const [name, value] of Object.entries(fields)) f.set(sheetFieldName(id, name), value);
  return SaveVerificationSheetInputSchema.parse(verificationSheetFormFields(f));
}

/**
 * Every row of btg's submitted sheet as the page shows it, prefilled with the self values
 * (1.1 3 points, 1.2 3, 1.3 8/10, T1 1, P1 0, the gate unticked), each box "Đã thẩm định" as given.
 */
function selfRows(w: VerificationWorld, verified: boolean): Rows {
  const box: Record<string, string> = verified ? { verified: "on" } : {};
  return {
    [w.graded.id]: { ...box, points: "3", reason: "" },
    [w.yesNo.id]: { ...box, points: "3", reason: "" },
    [w.quant.id]: { ...box, actual: "8", target: "10", reason: "" },
    [w.bonus.id]: { ...box, points: "1", reason: "" },
    [w.penalty.id]: { ...box, points: "0", reason: "" },
    [w.gate.id]: { ...box, reason: "" },
  };
}

const verifiedCount = (w: VerificationWorld, sheetId: string) => w.db.scoreEntry.count({ where: { sheetId, verifiedAt: { not: null } } });
const versionOf = async (w: VerificationWorld, sheetId: string) => (await w.db.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).version;
const verifyAudits = async () => (await auditOf("ScoreEntry")).filter((a) => a.action === "score-entry.verify" || a.action === "score-entry.unverify");

describe("saveVerificationSheet: who verifies whom", () => {
  beforeEach(() => signInAs(null));

  // btg is a plain member: the chair's team verifies it. A refusal writes nothing.
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
  ])("%s saving a member's (btg) verification sheet → %s", async (who, outcome) => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users[who]);
    const p = saveVerificationSheet(sheetForm(sheet, selfRows(w, true)));
    if (outcome === "ok") expect(await p).toEqual({ version: sheet.version + 1, saved: 6 });
    else await expectRefused(p, outcome);
    expect(await verifiedCount(w, sheet.id)).toBe(outcome === "ok" ? 6 : 0);
    expect(await versionOf(w, sheet.id)).toBe(outcome === "ok" ? sheet.version + 1 : sheet.version);
  });

  // bkt is the head's agency: only the deputy's (bdv's) leader verifies it — never the chair.
  it.each<[VWho, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["OTHER_AGENCY_LEADER", "ok"],
    ["CHAIR", "FORBIDDEN"],
    ["CHAIR_HEAD", "FORBIDDEN"],
    ["BKT_LEADER", "FORBIDDEN"],
    ["BDV_OFFICER", "NOT_FOUND"],
  ])("%s saving the head's agency (bkt) verification sheet → %s", async (who, outcome) => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.bkt.id);
    signInAs(w.users[who]);
    const p = saveVerificationSheet(sheetForm(sheet, selfRows(w, true)));
    if (outcome === "ok") await p;
    else await expectRefused(p, outcome);
    expect(await verifiedCount(w, sheet.id)).toBe(outcome === "ok" ? 6 : 0);
  });
});

describe("saveVerificationSheet: the whole sheet in one save", () => {
  beforeEach(() => signInAs(null));

  it("writes the ticked rows in one transaction, moves the version once and audits each row; the same save again writes nothing", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    const rows = selfRows(w, true);
    rows[w.graded.id] = { verified: "on", points: "5", reason: "Đạt mức Tốt theo biên bản kiểm tra" };
    rows[w.gate.id] = { verified: "on", violation: "on", reason: "Có cán bộ bị kỷ luật" };
    expect(await saveVerificationSheet(sheetForm(sheet, rows))).toEqual({ version: sheet.version + 1, saved: 6 });

    const entries = new Map((await w.db.scoreEntry.findMany({ where: { sheetId: sheet.id } })).map((e) => [e.criterionId, e]));
    expect(entries.get(w.graded.id)).toMatchObject({ verifyReason: "Đạt mức Tốt theo biên bản kiểm tra", verifiedById: w.users.CHAIR });
    expect(entries.get(w.graded.id)!.verifiedPoints?.toNumber()).toBe(5);
    expect([entries.get(w.quant.id)!.verifiedActual?.toNumber(), entries.get(w.quant.id)!.verifiedTarget?.toNumber()]).toEqual([8, 10]);
    expect(entries.get(w.gate.id)!.verifiedActual?.toNumber()).toBe(1);
    const audit = await verifyAudits();
    expect(audit).toHaveLength(6);
    expect(audit.every((a) => a.actorId === w.users.CHAIR && a.blocId === w.blocA.id)).toBe(true);
    const graded = audit.find((a) => (a.after as { criterionCode: string }).criterionCode === "1.1")!;
    expect(graded).toMatchObject({ entityId: entries.get(w.graded.id)!.id, reason: "Đạt mức Tốt theo biên bản kiểm tra" });
    expect(graded.after).toMatchObject({ verifiedPoints: 5, changed: true, sheetVersion: sheet.version + 1 });

    // The page's next autosave sends the same values with the version it got back.
    expect(await saveVerificationSheet(sheetForm({ id: sheet.id, version: sheet.version + 1 }, rows))).toEqual({ version: sheet.version + 1, saved: 0 });
    expect(await versionOf(w, sheet.id)).toBe(sheet.version + 1);
    expect(await verifyAudits()).toHaveLength(6);
  });

  it("one wrong row refuses the whole save with each message next to its row, and writes nothing", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    const rows = selfRows(w, true);
    rows[w.graded.id] = { verified: "on", points: "5", reason: "" }; // changed without a reason
    rows[w.yesNo.id] = { verified: "on", points: "3.5", reason: "Vượt" }; // above its 3 points
    rows[w.quant.id] = { verified: "on", actual: "", target: "10", reason: "" }; // no actual
    const refused = await expectRefused(saveVerificationSheet(sheetForm(sheet, rows)), "INVALID_INPUT");
    expect(refused.message).toBe("Chưa lưu: 3 tiêu chí cần sửa (xem thông báo ở từng tiêu chí).");
    expect(refused.fieldErrors).toEqual({
      [sheetFieldName(w.graded.id, "reason")]: ["Giá trị thẩm định khác giá trị tự chấm: vui lòng nêu lý do."],
      [sheetFieldName(w.yesNo.id, "points")]: [expect.stringMatching(/từ 0 đến 3/)],
      [sheetFieldName(w.quant.id, "actual")]: ["Vui lòng nhập kết quả thực hiện được thẩm định."],
    });
    expect(await verifiedCount(w, sheet.id)).toBe(0);
    expect(await versionOf(w, sheet.id)).toBe(sheet.version);
    expect(await verifyAudits()).toHaveLength(0);
  });

  it("a stale version is refused and writes nothing", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await saveVerificationSheet(sheetForm(sheet, { [w.graded.id]: { verified: "on", points: "3" } }));
    const rows = selfRows(w, true);
    await expectRefused(saveVerificationSheet(sheetForm(sheet, rows)), "CONFLICT");
    expect(await verifiedCount(w, sheet.id)).toBe(1);
    expect(await verifyAudits()).toHaveLength(1);
  });

  it("unticked rows stay unverified; unticking a verified row withdraws its verification, audited", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    const first = await saveVerificationSheet(sheetForm(sheet, { ...selfRows(w, false), [w.graded.id]: { verified: "on", points: "3" } }));
    expect(first.saved).toBe(1);
    expect(await verifiedCount(w, sheet.id)).toBe(1);
    const second = await saveVerificationSheet(sheetForm({ id: sheet.id, version: first.version }, selfRows(w, false)));
    expect(second).toEqual({ version: first.version + 1, saved: 1 });
    const graded = await w.db.scoreEntry.findFirstOrThrow({ where: { sheetId: sheet.id, criterionId: w.graded.id } });
    expect([graded.verifiedAt, graded.verifiedPoints, graded.verifiedById]).toEqual([null, null, null]);
    expect((await verifyAudits()).map((a) => a.action).sort()).toEqual(["score-entry.unverify", "score-entry.verify"]);
  });

  it("an N/A row or a criterion of another table is refused under that row", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    await w.db.scoreEntry.updateMany({ where: { sheetId: sheet.id, criterionId: w.quant.id }, data: { isNA: true } });
    signInAs(w.users.CHAIR);
    const refused = await expectRefused(
      saveVerificationSheet(sheetForm(sheet, { [w.quant.id]: { verified: "on", actual: "8" }, [w.blocB.id]: { verified: "on", points: "1" } })),
      "INVALID_INPUT",
    );
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual([sheetFieldName(w.quant.id, "row"), sheetFieldName(w.blocB.id, "row")].sort());
    expect(await verifiedCount(w, sheet.id)).toBe(0);
  });

  it("outside the VERIFICATION phase, or on a sheet not submitted, it is refused", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await setVerification(w, [-10, -2]);
    await expectRefused(saveVerificationSheet(sheetForm(sheet, selfRows(w, true))), "PHASE_CLOSED");
    await setVerification(w, [-1, 5]);
    await w.db.scoreSheet.update({ where: { id: sheet.id }, data: { status: "DRAFT" } });
    const refused = await expectRefused(saveVerificationSheet(sheetForm(sheet, selfRows(w, true))), "INVALID_INPUT");
    expect(refused.message).toMatch(/chưa nộp/);
    expect(await verifiedCount(w, sheet.id)).toBe(0);
  });
});
