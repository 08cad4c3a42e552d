import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { signInAs } from "../setup/current-user-stub";
import { storedContentKeys } from "../setup/stored-files";
import { entry, pdf } from "./helpers";
import { auditOf, expectRefused, setSelfScoring, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("saveScoreEntry", () => {
  beforeEach(() => signInAs(null));

  // [who, whose sheet, outcome]: only the agency's own leader and officer edit.
  it.each<[Who, "btg" | "bdv" | "outsider", "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "btg", "ok"],
    ["AGENCY_OFFICER", "btg", "ok"],
    ["AGENCY_OFFICER", "bdv", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "btg", "FORBIDDEN"],
    ["SECRETARY", "btg", "FORBIDDEN"],
    ["CHAIR", "btg", "FORBIDDEN"],
    ["ADMIN", "btg", "FORBIDDEN"],
    ["OBSERVER", "btg", "FORBIDDEN"],
    ["OTHER_SECRETARY", "btg", "NOT_FOUND"],
    ["OTHER_OFFICER", "outsider", "NOT_FOUND"],
  ])("%s saving for %s → %s", async (who, agency, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = entry(w, w.graded.id, { value: "1", agencyId: w[agency].id });
    if (outcome === "ok") await expect(saveScoreEntry(input)).resolves.toEqual({ version: 1, selfPoints: 5 });
    else await expectRefused(saveScoreEntry(input), outcome);
    expect(await w.db.scoreEntry.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it("is refused outside SELF_SCORING, with the reason, writing nothing", async () => {
    const w = await world();
    await setSelfScoring(w.cycle.id, [-20, -10]);
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveScoreEntry(entry(w, w.graded.id, { value: "1" })), "PHASE_CLOSED");
    expect(e.message).toMatch(/Tự chấm điểm.*đã kết thúc/);
    expect(await w.db.scoreSheet.count()).toBe(0);
  });

  it.each<[string, "graded" | "yesNo" | "bonus" | "quant" | "group", Record<string, unknown>, string]>([
    ["an unknown level", "graded", { value: "7" }, "value"],
    ["yes/no other than 0/1", "yesNo", { value: "2" }, "value"],
    ["a fractional count", "bonus", { value: "1.5" }, "value"],
    ["N/A where the table does not allow it", "graded", { isNA: "on" }, "isNA"],
    ["a target without the actual", "quant", { target: "10" }, "actual"],
  ])("refuses %s with a field error and writes nothing", async (_name, key, over, field) => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveScoreEntry(entry(w, w[key].id, over)), "INVALID_INPUT");
    expect(e.fieldErrors?.[field]).toBeDefined();
    expect(await w.db.scoreSheet.count()).toBe(0);
    expect(await auditOf("ScoreEntry")).toHaveLength(0);
  });

  it("refuses a group row", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await expectRefused(saveScoreEntry(entry(w, w.group.id, { value: "5" })), "INVALID_INPUT");
  });

  it("computes points on the server: a points value sent by the client is ignored", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const input = entry(w, w.graded.id, { value: "2", points: "99", selfPoints: "99" });
    expect(input).not.toHaveProperty("points");
    await saveScoreEntry(input);
    const row = await w.db.scoreEntry.findFirstOrThrow();
    expect(row.selfPoints?.toNumber()).toBe(3);
    expect([row.minPoints.toNumber(), row.maxPoints.toNumber()]).toEqual([0, 5]);
    // Quantitative without the leader formula: 8 of 10 → 80% of 2.
    await saveScoreEntry(entry(w, w.quant.id, { actual: "8", target: "10", version: "1" }));
    expect((await w.db.scoreEntry.findFirstOrThrow({ where: { criterionId: w.quant.id } })).selfPoints?.toNumber()).toBe(1.6);
  });

  it("refuses a stale version and keeps the first save", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveScoreEntry(entry(w, w.graded.id, { value: "1" }));
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(saveScoreEntry(entry(w, w.graded.id, { value: "3", version: "0" })), "CONFLICT");
    expect(e.message).toMatch(/người khác cập nhật/);
    expect((await w.db.scoreEntry.findFirstOrThrow()).selfInput?.toNumber()).toBe(1);
    await expect(saveScoreEntry(entry(w, w.graded.id, { value: "3", version: "1" }))).resolves.toEqual({ version: 2, selfPoints: 0 });
  });

  it("stores evidence linked to the entry, and refuses a file that is not PDF/JPEG/PNG", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveScoreEntry(entry(w, w.yesNo.id, { value: "1", files: [pdf()] }));
    const file = await w.db.storedFile.findFirstOrThrow();
    expect(file.scoreEntryId).toBe((await w.db.scoreEntry.findFirstOrThrow()).id);
    expect(await storedContentKeys()).toEqual([file.storageKey]);
    const exe = new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")], "x.pdf", { type: "application/pdf" });
    await expectRefused(saveScoreEntry(entry(w, w.yesNo.id, { value: "0", version: "1", files: [exe] })), "INVALID_INPUT");
    expect((await w.db.scoreEntry.findFirstOrThrow()).selfInput?.toNumber()).toBe(1);
  });

  it("audits every change with who, before and after points", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveScoreEntry(entry(w, w.graded.id, { value: "1" }));
    await saveScoreEntry(entry(w, w.graded.id, { value: "2", version: "1" }));
    const rows = await auditOf("ScoreEntry");
    expect(rows.map((r) => r.action)).toEqual(["score-entry.create", "score-entry.update"]);
    expect(rows[1]!.actorId).toBe(w.users.AGENCY_OFFICER);
    expect(rows[1]!.before).toMatchObject({ selfPoints: "5" });
    expect(rows[1]!.after).toMatchObject({ selfPoints: 3, criterionCode: "1.1" });
  });
});
