import { beforeEach, describe, expect, it, vi } from "vitest";
import { VerifyEntryInputSchema } from "@/lib/schemas/verification";
import { findVerificationQueue } from "@/lib/server/verification/find-verification-queue";
import { getSheetVerification } from "@/lib/server/verification/get-sheet-verification";
import { getVerificationSheet } from "@/lib/server/verification/get-verification-sheet";
import { verifyEntry } from "@/lib/server/verification/verify-entry";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, submittedSheet, verificationWorld, type VWho } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("findVerificationQueue", () => {
  beforeEach(() => signInAs(null));

  it("lists every member with status, verifier, progress and whether the user verifies it", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR_HEAD);
    await verifyEntry(VerifyEntryInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version), criterionId: w.graded.id, points: "3" }));
    const q = await findVerificationQueue(w.blocA.id, 2026);
    expect(q.scoringMode).toBe("VERIFICATION");
    const by = Object.fromEntries(q.rows.map((r) => [r.agencyId, r]));
    expect(q.rows).toHaveLength(3);
    expect(by[w.btg.id]).toMatchObject({
      status: "SUBMITTED",
      verifier: { kind: "CHAIR", agencyName: w.bkt.name },
      progress: { verified: 1, total: 6 },
      mayVerify: true,
    });
    expect(by[w.bkt.id]).toMatchObject({
      status: null,
      verifier: { kind: "DEPUTY", agencyName: w.bdv.name },
      progress: { verified: 0, total: 6 },
      mayVerify: false,
    });
    expect(by[w.bdv.id]).toMatchObject({ verifier: { kind: "CHAIR" }, mayVerify: true });
  });

  it.each<[VWho, string[] | "NOT_FOUND"]>([
    ["SECRETARY", ["btg", "bdv", "bkt"]],
    ["OTHER_AGENCY_LEADER", ["bkt"]],
    ["AGENCY_LEADER", []],
    ["AGENCY_OFFICER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("%s sees %o", async (who, expected) => {
    const w = await verificationWorld();
    signInAs(w.users[who]);
    if (expected === "NOT_FOUND") return void (await expectRefused(findVerificationQueue(w.blocA.id, 2026), "NOT_FOUND"));
    const ids = { btg: w.btg.id, bdv: w.bdv.id, bkt: w.bkt.id };
    const q = await findVerificationQueue(w.blocA.id, 2026);
    expect(q.rows.map((r) => r.agencyId).sort()).toEqual(expected.map((k) => ids[k as keyof typeof ids]).sort());
  });
});

describe("getVerificationSheet", () => {
  beforeEach(() => signInAs(null));

  it.each<[VWho, "edit" | "read" | "NOT_FOUND"]>([
    ["CHAIR", "edit"],
    ["SECRETARY", "read"],
    ["ADMIN", "read"],
    ["AGENCY_LEADER", "NOT_FOUND"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("%s opening btg's sheet → %s", async (who, outcome) => {
    const w = await verificationWorld();
    await submittedSheet(w, w.btg.id);
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") return void (await expectRefused(getVerificationSheet(w.blocA.id, 2026, w.btg.id), "NOT_FOUND"));
    const view = await getVerificationSheet(w.blocA.id, 2026, w.btg.id);
    if (!view.table) throw new Error("table expected");
    expect(view.canVerify).toBe(outcome === "edit");
    expect(view.rows.map((r) => r.code)).toEqual(["I", "1.1", "1.2", "1.3", "T1", "P1", "G1"]);
    const yesNo = view.rows.find((r) => r.code === "1.2")!;
    expect(yesNo.entry).toMatchObject({ selfInput: 1, selfPoints: 3, explanation: "Đã thực hiện", files: [{ name: "minh-chung.pdf" }], verifiedPoints: null });
    expect(view.verifier).toEqual({ kind: "CHAIR", agencyName: w.bkt.name });
  });

  it("shows the verified values and reason, and the agency sees them on its own view", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    await verifyEntry(
      VerifyEntryInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version), criterionId: w.yesNo.id, points: "0", reason: "Không có biên bản" }),
    );
    const view = await getVerificationSheet(w.blocA.id, 2026, w.btg.id);
    if (!view.table) throw new Error("table expected");
    expect(view.rows.find((r) => r.code === "1.2")!.entry).toMatchObject({ verifiedPoints: 0, verifyReason: "Không có biên bản" });
    expect(view.progress).toEqual({ verified: 1, total: 6 });

    signInAs(w.users.AGENCY_OFFICER);
    const own = await getSheetVerification(w.blocA.id, 2026, w.btg.id);
    expect(own.anyVerified).toBe(true);
    expect(own.entries[w.yesNo.id]).toMatchObject({ verifiedPoints: 0, verifyReason: "Không có biên bản", verified: true });
    signInAs(w.users.OTHER_AGENCY_LEADER);
    await expectRefused(getSheetVerification(w.blocA.id, 2026, w.btg.id), "NOT_FOUND");
  });
});
