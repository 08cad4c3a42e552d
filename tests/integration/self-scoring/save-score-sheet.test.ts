import { beforeEach, describe, expect, it, vi } from "vitest";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import { SaveScoreSheetInputSchema, scoreSheetFormFields } from "@/lib/schemas/self-scoring";
import { getScoreSheet } from "@/lib/server/self-scoring/get-score-sheet";
import { saveScoreSheet } from "@/lib/server/self-scoring/save-score-sheet";
import { signInAs } from "../setup/current-user-stub";
import { storedContentKeys } from "../setup/stored-files";
import { pdf } from "./helpers";
import { auditOf, expectRefused, setSelfScoring, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

type Rows = Record<string, Record<string, string | File[] | undefined>>;

/** The sheet form as the browser sends it: every row's fields named entries.<id>.<field>. */
function sheetForm(w: World, rows: Rows, over: { version?: number; agencyId?: string; tableId?: string } = {}) {
  const f = new FormData();
  f.set("tableId", over.tableId ?? w.table.id);
  f.set("agencyId", over.agencyId ?? w.btg.id);
  f.set("version", String(over.version ?? 0));
  for (const [id, fields] of Object.entries(rows)) {
    for (const [name, value] of Object.entries(fields)) {
      if (Array.isArray(value)) for (const file of value) f.append(sheetFieldName(id, name), file);
      else if (value !== undefined) f.set(sheetFieldName(id, name), value);
    }
    // An empty file input still sends one nameless part.
    if (!fields.files) f.append(sheetFieldName(id, "files"), new File([], "", { type: "application/octet-stream" }));
  }
  return SaveScoreSheetInputSchema.parse(scoreSheetFormFields(f));
}

/** Every row of the table as an untouched sheet sends it (empty values, the gate unticked). */
function emptyRows(w: World): Rows {
  return {
    [w.graded.id]: { value: "" },
    [w.yesNo.id]: { value: "" },
    [w.quant.id]: { actual: "", target: "" },
    [w.bonus.id]: { value: "" },
    [w.penalty.id]: { value: "" },
    [w.gate.id]: { kind: "GATE" },
  };
}

describe("saveScoreSheet", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "btg" | "bdv" | "outsider", "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "btg", "ok"],
    ["AGENCY_OFFICER", "btg", "ok"],
    ["AGENCY_OFFICER", "bdv", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "btg", "FORBIDDEN"],
    ["SECRETARY", "btg", "FORBIDDEN"],
    ["CHAIR", "btg", "FORBIDDEN"],
    ["OBSERVER", "btg", "FORBIDDEN"],
    ["OTHER_SECRETARY", "btg", "NOT_FOUND"],
    ["OTHER_OFFICER", "outsider", "NOT_FOUND"],
  ])("%s saving the sheet of %s → %s", async (who, agency, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = sheetForm(w, { ...emptyRows(w), [w.graded.id]: { value: "1" } }, { agencyId: w[agency].id });
    if (outcome === "ok") await expect(saveScoreSheet(input)).resolves.toEqual({ version: 1, saved: 1 });
    else await expectRefused(saveScoreSheet(input), outcome);
    expect(await w.db.scoreEntry.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it("saves every changed row at once, moves the version once, and writes no row for what stays empty", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const rows = {
      ...emptyRows(w),
      [w.graded.id]: { value: "2", explanation: "Hoàn thành tốt" },
      [w.yesNo.id]: { value: "1", files: [pdf()] },
      [w.quant.id]: { actual: "8", target: "10" },
    };
    await expect(saveScoreSheet(sheetForm(w, rows))).resolves.toEqual({ version: 1, saved: 3 });
    const entries = await w.db.scoreEntry.findMany({ include: { criterion: { select: { code: true } } } });
    expect(Object.fromEntries(entries.map((e) => [e.criterion.code, e.selfPoints?.toNumber() ?? null]))).toEqual({ "1.1": 3, "1.2": 3, "1.3": 1.6 });
    const file = await w.db.storedFile.findFirstOrThrow();
    expect(await storedContentKeys()).toEqual([file.storageKey]);
    expect((await auditOf("ScoreEntry")).map((r) => r.action)).toEqual(["score-entry.create", "score-entry.create", "score-entry.create"]);

    // The same form again (an autosave with nothing new): nothing written, the version stays.
    await expect(saveScoreSheet(sheetForm(w, { ...rows, [w.yesNo.id]: { value: "1" } }, { version: 1 }))).resolves.toEqual({ version: 1, saved: 0 });
    // One row changed: one row written and audited.
    await expect(saveScoreSheet(sheetForm(w, { ...rows, [w.yesNo.id]: { value: "1" }, [w.graded.id]: { value: "1" } }, { version: 1 }))).resolves.toEqual({
      version: 2,
      saved: 1,
    });
    expect(await auditOf("ScoreEntry")).toHaveLength(4);
    expect(await w.db.storedFile.count()).toBe(1);
  });

  it("refuses the whole save when one row is wrong, naming the row's field, and writes nothing", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const rows = { ...emptyRows(w), [w.graded.id]: { value: "1" }, [w.bonus.id]: { value: "1.5" }, [w.quant.id]: { target: "10", actual: "" } };
    const e = await expectRefused(saveScoreSheet(sheetForm(w, rows)), "INVALID_INPUT");
    expect(e.message).toMatch(/2 tiêu chí cần sửa/);
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual([sheetFieldName(w.quant.id, "actual"), sheetFieldName(w.bonus.id, "value")].sort());
    expect(await w.db.scoreSheet.count()).toBe(0);
    expect(await auditOf("ScoreEntry")).toHaveLength(0);
  });

  it("refuses a file that is not PDF/JPEG/PNG on its row, storing nothing", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const exe = new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")], "x.pdf", { type: "application/pdf" });
    const e = await expectRefused(saveScoreSheet(sheetForm(w, { ...emptyRows(w), [w.yesNo.id]: { value: "1", files: [exe] } })), "INVALID_INPUT");
    expect(e.fieldErrors?.[sheetFieldName(w.yesNo.id, "files")]?.[0]).toMatch(/^x\.pdf: Chỉ nhận tệp PDF/);
    expect(await w.db.storedFile.count()).toBe(0);
  });

  it("refuses a group row, a stale version, and a save outside SELF_SCORING", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const stranger = await expectRefused(saveScoreSheet(sheetForm(w, { [w.group.id]: { value: "5" } })), "INVALID_INPUT");
    expect(stranger.fieldErrors?.[sheetFieldName(w.group.id, "value")]).toBeDefined();

    await saveScoreSheet(sheetForm(w, { [w.graded.id]: { value: "1" } }));
    signInAs(w.users.AGENCY_LEADER);
    const stale = await expectRefused(saveScoreSheet(sheetForm(w, { [w.graded.id]: { value: "3" } }, { version: 0 })), "CONFLICT");
    expect(stale.message).toMatch(/người khác cập nhật/);
    // A stale form is refused even when it would change nothing: the page must be read again.
    await expectRefused(saveScoreSheet(sheetForm(w, { [w.graded.id]: { value: "1" } }, { version: 0 })), "CONFLICT");

    await setSelfScoring(w.cycle.id, [-20, -10]);
    const closed = await expectRefused(saveScoreSheet(sheetForm(w, { [w.graded.id]: { value: "2" } }, { version: 1 })), "PHASE_CLOSED");
    expect(closed.message).toMatch(/Tự chấm điểm.*đã kết thúc/);
    expect((await w.db.scoreEntry.findFirstOrThrow()).selfInput?.toNumber()).toBe(1);
  });

  it("an empty bonus, penalty and gate mean none: the sheet needs only the scored rows and the evidence", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const rows = { ...emptyRows(w), [w.graded.id]: { value: "1" }, [w.yesNo.id]: { value: "1", files: [pdf()] }, [w.quant.id]: { actual: "", target: "" } };
    await saveScoreSheet(sheetForm(w, rows));
    const view = await getScoreSheet(w.blocA.id, 2026, w.btg.id);
    expect(view.table && view.missing.map((m) => m.line)).toEqual(["1.3 Tiêu chí 1.3: chưa chấm điểm"]);
    expect(view.table && view.totals.bonus).toBe(0);
  });
});
