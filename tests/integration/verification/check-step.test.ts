import { beforeEach, describe, expect, it, vi } from "vitest";
import { returnSheetAction } from "@/app/(app)/khoi/[bloc]/[year]/cham-diem/tham-dinh/actions";
import { submitScoreSheetAction } from "@/app/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/actions";
import { STEP_FIELD } from "@/lib/forms/step";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { signInAs } from "../setup/current-user-stub";
import { entry } from "../self-scoring/helpers";
import { auditOf, setVerification, submittedSheet, verificationWorld, type VerificationWorld } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

/** The form as the page posts it; `check` adds what the confirm button adds (components/ui/confirm-submit.tsx). */
function form(fields: Record<string, string>, check: boolean) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (check) fd.set(STEP_FIELD, "check");
  return fd;
}

async function sheetState(w: VerificationWorld, id: string) {
  const s = await w.db.scoreSheet.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, returnReason: true } });
  return { ...s, audit: (await auditOf("ScoreSheet")).length };
}

describe("check step of a confirmed action (returnSheetAction, submitScoreSheetAction)", () => {
  beforeEach(() => {
    signInAs(null);
    revalidatePath.mockClear();
  });

  it("returning without a reason: the check answers the Vietnamese field message and writes nothing", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    const before = await sheetState(w, sheet.id);
    signInAs(w.users.CHAIR);
    const state = await returnSheetAction(null, form({ sheetId: sheet.id, version: String(sheet.version), reason: "  " }, true));
    expect(state).toEqual({
      ok: false,
      message: "Vui lòng kiểm tra lại các trường được đánh dấu.",
      fieldErrors: { reason: ["Vui lòng nhập lý do trả lại."] },
    });
    expect(await sheetState(w, sheet.id)).toEqual(before);
  });

  it("a precondition failing (the phase closed): the check answers its message and writes nothing", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    await setVerification(w, [2, 6]);
    const before = await sheetState(w, sheet.id);
    signInAs(w.users.CHAIR);
    const state = await returnSheetAction(null, form({ sheetId: sheet.id, version: String(sheet.version), reason: "Thiếu minh chứng" }, true));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/^Giai đoạn “Thẩm định \/ chấm chéo” chưa mở/) });
    expect(await sheetState(w, sheet.id)).toEqual(before);
  });

  it("everything in order: the check answers ready (no message, nothing re-read, nothing written); the write then returns the sheet", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    const before = await sheetState(w, sheet.id);
    signInAs(w.users.CHAIR);
    const fields = { sheetId: sheet.id, version: String(sheet.version), reason: "Thiếu minh chứng tiêu chí 1.2" };
    expect(await returnSheetAction(null, form(fields, true))).toEqual({ ok: true, ready: true });
    expect(await sheetState(w, sheet.id)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();

    expect(await returnSheetAction(null, form(fields, false))).toEqual({ ok: true, message: "Đã trả lại bảng điểm cho cơ quan." });
    expect(await sheetState(w, sheet.id)).toEqual({ status: "RETURNED", version: sheet.version + 1, returnReason: fields.reason, audit: before.audit + 1 });
  });

  it("the check is advice, the write is the rule: a write after a passed check still refuses what changed since", async () => {
    const w = await verificationWorld();
    const sheet = await submittedSheet(w, w.btg.id);
    signInAs(w.users.CHAIR);
    const fields = { sheetId: sheet.id, version: String(sheet.version), reason: "Thiếu minh chứng" };
    expect(await returnSheetAction(null, form(fields, true))).toEqual({ ok: true, ready: true });
    await setVerification(w, [2, 6]);
    expect(await returnSheetAction(null, form(fields, false))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Giai đoạn “Thẩm định \/ chấm chéo” chưa mở/),
    });
    expect((await sheetState(w, sheet.id)).status).toBe("SUBMITTED");
  });

  it("submitting a sheet with items missing: the check lists them in Vietnamese and writes nothing", async () => {
    const w = await verificationWorld();
    signInAs(w.users.OTHER_AGENCY_LEADER);
    await saveScoreEntry(entry(w, w.graded.id, { value: "2", agencyId: w.bdv.id }));
    const sheet = (await w.db.scoreSheet.findFirst({ where: { agencyId: w.bdv.id, tableId: w.table.id } }))!;
    const before = await sheetState(w, sheet.id);
    const state = await submitScoreSheetAction(null, form({ sheetId: sheet.id, version: String(sheet.version) }, true));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/^Chưa thể nộp bảng tự chấm, còn thiếu: /) });
    expect(state && !state.ok && state.fieldErrors?.missing?.length).toBeGreaterThan(0);
    expect(await sheetState(w, sheet.id)).toEqual(before);
  });
});
