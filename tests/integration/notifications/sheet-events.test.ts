import { beforeEach, describe, expect, it, vi } from "vitest";
import { CompleteVerificationInputSchema, ReturnSheetInputSchema } from "@/lib/schemas/verification";
import { completeVerification } from "@/lib/server/verification/complete-verification";
import { returnSheet } from "@/lib/server/verification/return-sheet";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, submittedSheet, verificationWorld } from "../verification/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** A sheet returned or verified tells its agency's leader and officers, in the verifier's transaction. */
const ref = (sheet: { id: string; version: number }) => ({ sheetId: sheet.id, version: String(sheet.version) });

describe("sheet events", () => {
  beforeEach(() => signInAs(null));

  it("a returned sheet: its agency's leader and officer are told why, and e-mailed (the kind's default)", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    // A refused return tells nobody.
    signInAs(w.users.OTHER_AGENCY_LEADER);
    await expectRefused(returnSheet(ReturnSheetInputSchema.parse({ ...ref(sheet), reason: "Thiếu minh chứng" })), "NOT_FOUND");
    expect(await w.db.notification.count()).toBe(0);

    signInAs(w.users.CHAIR);
    await returnSheet(ReturnSheetInputSchema.parse({ ...ref(sheet), reason: "Tiêu chí 1.2 thiếu biên bản" }));
    const notes = await w.db.notification.findMany({ include: { mail: true } });
    expect(notes.map((n) => n.userId).sort()).toEqual([w.users.AGENCY_LEADER, w.users.AGENCY_OFFICER].sort());
    expect(notes[0]).toMatchObject({
      kind: "SHEET_RETURNED",
      message: `Bảng tự chấm điểm năm 2026 của ${w.btg.name} đã bị trả lại để sửa và nộp lại. Lý do: Tiêu chí 1.2 thiếu biên bản`,
      link: `/khoi/${w.blocA.code}/2026/cham-diem/tu-cham/${w.btg.code}`,
      readAt: null,
    });
    expect(notes.every((n) => n.mail?.status === "PENDING")).toBe(true);
  });

  it("a verified sheet: its agency is told, in the inbox only unless they chose e-mail", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    await w.db.notificationPreference.create({ data: { userId: w.users.AGENCY_LEADER, kind: "SHEET_VERIFIED", email: true } });
    signInAs(w.users.CHAIR);
    await completeVerification(CompleteVerificationInputSchema.parse(ref(sheet)));
    const notes = await w.db.notification.findMany({ include: { mail: true } });
    expect(notes.map((n) => [n.userId, n.kind, n.mail !== null]).sort()).toEqual(
      [
        [w.users.AGENCY_LEADER, "SHEET_VERIFIED", true],
        [w.users.AGENCY_OFFICER, "SHEET_VERIFIED", false],
      ].sort(),
    );
    expect(notes[0]!.message).toBe(`Bảng tự chấm điểm năm 2026 của ${w.btg.name} đã được thẩm định xong.`);
  });
});
