import { beforeEach, describe, expect, it, vi } from "vitest";
import { SubmitScoreSheetInputSchema } from "@/lib/schemas/self-scoring";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";
import { signInAs } from "../setup/current-user-stub";
import { entry, fillSheet } from "./helpers";
import { auditOf, expectRefused, setSelfScoring, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function filled(w: World) {
  signInAs(w.users.AGENCY_OFFICER);
  const version = await fillSheet(w);
  const sheet = await w.db.scoreSheet.findFirstOrThrow({ where: { agencyId: w.btg.id } });
  return SubmitScoreSheetInputSchema.parse({ sheetId: sheet.id, version: String(version) });
}

describe("submitScoreSheet", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["SECRETARY", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s submitting btg's sheet → %s", async (who, outcome) => {
    const w = await world();
    const input = await filled(w);
    signInAs(w.users[who]);
    if (outcome === "ok") await submitScoreSheet(input);
    else await expectRefused(submitScoreSheet(input), outcome);
    const sheet = await w.db.scoreSheet.findFirstOrThrow();
    expect(sheet.status).toBe(outcome === "ok" ? "SUBMITTED" : "DRAFT");
  });

  it("is refused until every required entry is scored, listing what is missing by code and name (an empty bonus or penalty is none)", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveScoreEntry(entry(w, w.graded.id, { value: "1" }));
    const sheet = await w.db.scoreSheet.findFirstOrThrow();
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(submitScoreSheet({ sheetId: sheet.id, version: 1 }), "INVALID_INPUT");
    expect(e.fieldErrors?.missing).toEqual(["1.2 Tiêu chí 1.2: chưa chấm điểm", "1.2 Tiêu chí 1.2: chưa có minh chứng", "1.3 Tiêu chí 1.3: chưa chấm điểm"]);
    expect((await w.db.scoreSheet.findFirstOrThrow()).status).toBe("DRAFT");
    expect(await auditOf("ScoreSheet")).toHaveLength(0);
  });

  it("requires at least one file on an evidence-required criterion", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const input = await filled(w);
    await w.db.storedFile.deleteMany();
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(submitScoreSheet(input), "INVALID_INPUT");
    expect(e.fieldErrors?.missing).toEqual(["1.2 Tiêu chí 1.2: chưa có minh chứng"]);
    expect(e.message).toMatch(/còn thiếu: 1\.2/);
  });

  it("is refused outside SELF_SCORING, with the reason", async () => {
    const w = await world();
    const input = await filled(w);
    await setSelfScoring(w.cycle.id, null);
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(submitScoreSheet(input), "PHASE_CLOSED");
    expect(e.message.length).toBeGreaterThan(10);
  });

  it("refuses a stale version", async () => {
    const w = await world();
    const input = await filled(w);
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(submitScoreSheet({ ...input, version: input.version - 1 }), "CONFLICT");
  });

  it("makes the sheet read-only, and audits the submission with its points", async () => {
    const w = await world();
    const input = await filled(w);
    signInAs(w.users.AGENCY_LEADER);
    await submitScoreSheet(input);
    const sheet = await w.db.scoreSheet.findFirstOrThrow();
    expect(sheet.submittedById).toBe(w.users.AGENCY_LEADER);
    await expectRefused(submitScoreSheet({ ...input, version: sheet.version }), "INVALID_INPUT");
    await expectRefused(saveScoreEntry(entry(w, w.graded.id, { value: "1", version: String(sheet.version) })), "INVALID_INPUT");
    const [row] = await auditOf("ScoreSheet");
    expect(row).toMatchObject({ actorId: w.users.AGENCY_LEADER, action: "score-sheet.submit", entityId: sheet.id });
    // 1.1 Khá 3 + 1.2 yes 3 + 1.3 8/10 of 2 = 7.6 base; bonus 1; penalty 0.
    expect(row!.before).toMatchObject({ status: "DRAFT", total: 8.6 });
    expect(row!.after).toMatchObject({ status: "SUBMITTED", base: 7.6, bonus: 1, penalty: 0, total: 8.6 });
  });
});
