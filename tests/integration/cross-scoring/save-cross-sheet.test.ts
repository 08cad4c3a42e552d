import { beforeEach, describe, expect, it, vi } from "vitest";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import { crossSheetFormFields, SaveCrossSheetInputSchema } from "@/lib/schemas/cross-score-input";
import { getCrossSheet } from "@/lib/server/cross-scoring/get-cross-sheet";
import { saveCrossSheet } from "@/lib/server/cross-scoring/save-cross-sheet";
import { expectRefused, setVerification, signInAs, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** The cross-scoring sheet's form as the browser sends it: entries.<criterionId>.points. */
function sheetForm(w: World, target: string, version: string, points: Record<string, string>, scorer = w.a.id) {
  const f = new FormData();
  f.set("tableId", w.table.id);
  f.set("scorerAgencyId", scorer);
  f.set("targetAgencyId", target);
  f.set("version", version);
  for (const [id, value] of Object.entries(points)) f.set(sheetFieldName(id, "points"), value);
  return SaveCrossSheetInputSchema.parse(crossSheetFormFields(f));
}

/** The version the page shows to a scorer of a (who must be signed in). */
async function pageVersion(w: World, target: string) {
  const view = await getCrossSheet(w.blocA.id, YEAR, target);
  if (!view.table) throw new Error("no table");
  return view.version;
}

const scoresOf = async (w: World) =>
  Object.fromEntries(
    (await w.db.crossScore.findMany({ include: { criterion: { select: { code: true } } } })).map((s) => [s.criterion.code, s.points.toNumber()]),
  );
const audits = (w: World) => w.db.auditLog.findMany({ where: { entity: "CrossScore" }, orderBy: { at: "asc" } });

describe("saveCrossSheet", () => {
  beforeEach(() => signInAs(null));

  // The version is the one of an untouched sheet; a refusal writes nothing.
  it.each<[Who, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s saving agency a's scores of b → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const version = await pageVersion(w, w.b.id);
    signInAs(w.users[who]);
    const p = saveCrossSheet(sheetForm(w, w.b.id, version, { [w.yesNo.id]: "4,5", [w.graded.id]: "3", [w.bonus.id]: "" }));
    if (outcome === "ok") expect(await p).toMatchObject({ saved: 2 });
    else await expectRefused(p, outcome);
    expect(await scoresOf(w)).toEqual(outcome === "ok" ? { "1.1": 4.5, "1.2": 3 } : {});
  });

  it("writes the changed criteria in one save, each audited; the returned version is the page's next one; emptying a field removes its draft", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const first = await saveCrossSheet(sheetForm(w, w.b.id, await pageVersion(w, w.b.id), { [w.yesNo.id]: "5", [w.graded.id]: "3", [w.bonus.id]: "1" }));
    expect(first.saved).toBe(3);
    expect(first.version).toBe(await pageVersion(w, w.b.id));
    // The same values again (the next autosave) write nothing and keep the version.
    expect(await saveCrossSheet(sheetForm(w, w.b.id, first.version, { [w.yesNo.id]: "5", [w.graded.id]: "3", [w.bonus.id]: "1" }))).toEqual({
      version: first.version,
      saved: 0,
    });
    const second = await saveCrossSheet(sheetForm(w, w.b.id, first.version, { [w.yesNo.id]: "4", [w.graded.id]: "3", [w.bonus.id]: "" }));
    expect(second.saved).toBe(2);
    expect(await scoresOf(w)).toEqual({ "1.1": 4, "1.2": 3 });
    const log = await audits(w);
    expect(log.map((a) => [a.action, a.actorId, a.before, (a.after as { criterionCode: string; points: number | null }).points])).toEqual([
      ["cross-score.create", w.users.AGENCY_OFFICER, null, 5],
      ["cross-score.create", w.users.AGENCY_OFFICER, null, 3],
      ["cross-score.create", w.users.AGENCY_OFFICER, null, 1],
      ["cross-score.update", w.users.AGENCY_OFFICER, { points: 5 }, 4],
      ["cross-score.delete", w.users.AGENCY_OFFICER, { points: 1 }, null],
    ]);
  });

  it("one wrong row refuses the whole save with each message next to its row, and writes nothing", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const version = await pageVersion(w, w.b.id);
    const refused = await expectRefused(
      saveCrossSheet(sheetForm(w, w.b.id, version, { [w.yesNo.id]: "6", [w.graded.id]: "3", [w.gate.id]: "1", [w.group.id]: "2" })),
      "INVALID_INPUT",
    );
    expect(refused.message).toBe("Chưa lưu: 3 tiêu chí cần sửa (xem thông báo ở từng tiêu chí).");
    expect(refused.fieldErrors).toEqual({
      [sheetFieldName(w.yesNo.id, "points")]: ["Điểm chấm chéo phải từ 0 đến 5."],
      [sheetFieldName(w.gate.id, "points")]: ["Tiêu chí này không chấm điểm chéo."],
      [sheetFieldName(w.group.id, "points")]: ["Tiêu chí này không chấm điểm chéo."],
    });
    expect(await scoresOf(w)).toEqual({});
    expect(await audits(w)).toHaveLength(0);
  });

  it("a stale version (a colleague saved meanwhile) is refused and writes nothing", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const version = await pageVersion(w, w.b.id);
    signInAs(w.users.AGENCY_OFFICER);
    await saveCrossSheet(sheetForm(w, w.b.id, version, { [w.yesNo.id]: "2" }));
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(saveCrossSheet(sheetForm(w, w.b.id, version, { [w.yesNo.id]: "5", [w.graded.id]: "5" })), "CONFLICT");
    expect(await scoresOf(w)).toEqual({ "1.1": 2 });
    expect(await audits(w)).toHaveLength(1);
  });

  it("never for the agency itself, after the submission, in VERIFICATION mode, nor outside the phase", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const version = await pageVersion(w, w.b.id);
    const self = await expectRefused(saveCrossSheet(sheetForm(w, w.a.id, version, { [w.yesNo.id]: "5" })), "FORBIDDEN");
    expect(self.message).toBe("Không cơ quan nào được chấm chéo cơ quan của chính mình.");
    await w.db.crossScoreSubmission.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.a.id, targetAgencyId: w.b.id } });
    const submitted = await expectRefused(saveCrossSheet(sheetForm(w, w.b.id, version, { [w.yesNo.id]: "5" })), "INVALID_INPUT");
    expect(submitted.message).toMatch(/đã nộp điểm chấm chéo/);
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "VERIFICATION" } });
    await expectRefused(saveCrossSheet(sheetForm(w, w.c.id, version, { [w.yesNo.id]: "5" })), "INVALID_INPUT");
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "CROSS_SCORING" } });
    await setVerification(w.cycle.id, [-10, -1]);
    await expectRefused(saveCrossSheet(sheetForm(w, w.c.id, version, { [w.yesNo.id]: "5" })), "PHASE_CLOSED");
    expect(await scoresOf(w)).toEqual({});
  });
});
