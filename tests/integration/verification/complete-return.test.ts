import { beforeEach, describe, expect, it, vi } from "vitest";
import { SubmitScoreSheetInputSchema } from "@/lib/schemas/self-scoring";
import { CompleteVerificationInputSchema, ReturnSheetInputSchema, VerifyEntryInputSchema } from "@/lib/schemas/verification";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";
import { completeVerification } from "@/lib/server/verification/complete-verification";
import { getSheetVerification } from "@/lib/server/verification/get-sheet-verification";
import { returnSheet } from "@/lib/server/verification/return-sheet";
import { verifyEntry } from "@/lib/server/verification/verify-entry";
import { signInAs } from "../setup/current-user-stub";
import { entry } from "../self-scoring/helpers";
import { auditOf, expectRefused, setVerification, submittedSheet, verificationWorld, type VWho } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const ref = (sheet: { id: string; version: number }) => ({ sheetId: sheet.id, version: String(sheet.version) });

describe("completeVerification", () => {
  beforeEach(() => signInAs(null));

  it.each<[VWho, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["CHAIR", "ok"],
    ["SECRETARY", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("%s completing btg's sheet → %s", async (who, outcome) => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users[who]);
    const p = completeVerification(CompleteVerificationInputSchema.parse(ref(sheet)));
    if (outcome === "ok") await p;
    else await expectRefused(p, outcome);
    expect((await w.db.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id } })).status).toBe(outcome === "ok" ? "VERIFIED" : "SUBMITTED");
  });

  it("fills every entry not verified explicitly with the self value, in the same step, and audits it", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await verifyEntry(VerifyEntryInputSchema.parse({ ...ref(sheet), criterionId: w.graded.id, points: "5", reason: "Đạt mức Tốt" }));
    const { filled } = await completeVerification(CompleteVerificationInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version + 1) }));
    expect(filled.sort()).toEqual(["1.2", "1.3", "G1", "P1", "T1"]);

    const after = await w.db.scoreSheet.findUniqueOrThrow({
      where: { id: sheet.id },
      include: { entries: { include: { criterion: { select: { code: true } } } } },
    });
    expect(after).toMatchObject({ status: "VERIFIED", verifiedById: w.users.CHAIR, version: sheet.version + 2 });
    const by = Object.fromEntries(after.entries.map((e) => [e.criterion.code, e]));
    expect(by["1.1"].verifiedPoints?.toNumber()).toBe(5); // the explicit value is kept
    expect(by["1.1"].verifyReason).toBe("Đạt mức Tốt");
    expect(by["1.2"].verifiedPoints?.toNumber()).toBe(by["1.2"].selfPoints?.toNumber());
    expect([by["1.3"].verifiedActual?.toNumber(), by["1.3"].verifiedTarget?.toNumber(), by["1.3"].verifiedPoints]).toEqual([8, 10, null]);
    expect(by["T1"].verifiedPoints?.toNumber()).toBe(1);
    expect(by["P1"].verifiedPoints?.toNumber()).toBe(0);
    expect([by["G1"].verifiedActual?.toNumber(), by["G1"].selfInput]).toEqual([0, null]);
    expect(after.entries.every((e) => e.verifiedAt !== null)).toBe(true);

    const audit = (await auditOf("ScoreSheet")).filter((a) => a.action === "score-sheet.verify");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.users.CHAIR, before: { status: "SUBMITTED" }, after: { status: "VERIFIED" } });

    // Verified is final for the verifier.
    await expectRefused(
      verifyEntry(VerifyEntryInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version + 2), criterionId: w.graded.id, points: "3" })),
      "INVALID_INPUT",
    );
    await expectRefused(returnSheet(ReturnSheetInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version + 2), reason: "x" })), "INVALID_INPUT");
  });

  it("refuses a stale version, and outside the phase", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await expectRefused(completeVerification(CompleteVerificationInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version - 1) })), "CONFLICT");
    await setVerification(w, [2, 6]);
    await expectRefused(completeVerification(CompleteVerificationInputSchema.parse(ref(sheet))), "PHASE_CLOSED");
    expect((await w.db.scoreEntry.findMany({ where: { sheetId: sheet.id, verifiedAt: { not: null } } })).length).toBe(0);
  });
});

describe("returnSheet", () => {
  beforeEach(() => signInAs(null));

  it("needs a reason", () => {
    expect(ReturnSheetInputSchema.safeParse({ sheetId: "s", version: "2", reason: "  " }).success).toBe(false);
  });

  it.each<[VWho, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["OTHER_AGENCY_LEADER", "ok"],
    ["CHAIR_HEAD", "FORBIDDEN"],
    ["BKT_LEADER", "FORBIDDEN"],
    ["OBSERVER", "NOT_FOUND"],
  ])("%s returning the head's agency's sheet → %s", async (who, outcome) => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.bkt.id);
    signInAs(w.users[who]);
    const p = returnSheet(ReturnSheetInputSchema.parse({ ...ref(sheet), reason: "Thiếu minh chứng" }));
    if (outcome === "ok") await p;
    else await expectRefused(p, outcome);
  });

  it("returns with a reason shown to the agency; resubmitting clears it", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await returnSheet(ReturnSheetInputSchema.parse({ ...ref(sheet), reason: "Tiêu chí 1.2 thiếu biên bản" }));
    const returned = await w.db.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id } });
    expect(returned).toMatchObject({ status: "RETURNED", returnReason: "Tiêu chí 1.2 thiếu biên bản", version: sheet.version + 1 });
    const audit = (await auditOf("ScoreSheet")).filter((a) => a.action === "score-sheet.return");
    expect(audit).toMatchObject([{ actorId: w.users.CHAIR, reason: "Tiêu chí 1.2 thiếu biên bản", after: { status: "RETURNED" } }]);

    signInAs(w.users.AGENCY_OFFICER);
    expect((await getSheetVerification(w.blocA.id, 2026, w.btg.id)).returnReason).toBe("Tiêu chí 1.2 thiếu biên bản");
    await saveScoreEntry(entry(w, w.graded.id, { value: "1", version: String(returned.version) }));
    signInAs(w.users.AGENCY_LEADER);
    await submitScoreSheet(SubmitScoreSheetInputSchema.parse({ sheetId: sheet.id, version: String(returned.version + 1) }));
    const resubmitted = await w.db.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id } });
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", returnReason: null });
    expect((await getSheetVerification(w.blocA.id, 2026, w.btg.id)).returnReason).toBeNull();

    // The verifier now verifies the resubmitted sheet.
    signInAs(w.users.CHAIR);
    await verifyEntry(VerifyEntryInputSchema.parse({ ...ref(resubmitted), criterionId: w.graded.id, points: "5" }));
  });

  it("a stale return is refused and a draft cannot be returned", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await expectRefused(returnSheet(ReturnSheetInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version + 1), reason: "x" })), "CONFLICT");
    await w.db.scoreSheet.update({ where: { id: sheet.id }, data: { status: "DRAFT" } });
    await expectRefused(returnSheet(ReturnSheetInputSchema.parse({ ...ref(sheet), reason: "x" })), "INVALID_INPUT");
  });
});
