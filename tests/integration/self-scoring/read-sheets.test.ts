import { beforeEach, describe, expect, it, vi } from "vitest";
import { findSheetStatuses } from "@/lib/server/self-scoring/find-sheet-statuses";
import { getScoreSheet } from "@/lib/server/self-scoring/get-score-sheet";
import { signInAs } from "../setup/current-user-stub";
import { entry, fillSheet } from "./helpers";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { expectRefused, makeLockedTable, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getScoreSheet", () => {
  beforeEach(() => signInAs(null));

  // [who, whose sheet, outcome, may edit]
  it.each<[Who, "btg" | "bdv", "ok" | "NOT_FOUND", boolean]>([
    ["AGENCY_LEADER", "btg", "ok", true],
    ["AGENCY_OFFICER", "btg", "ok", true],
    ["AGENCY_OFFICER", "bdv", "NOT_FOUND", false],
    ["OTHER_AGENCY_LEADER", "btg", "NOT_FOUND", false],
    ["SECRETARY", "btg", "ok", false],
    ["CHAIR", "btg", "ok", false],
    ["ADMIN", "btg", "ok", false],
    ["OBSERVER", "btg", "NOT_FOUND", false],
    ["OTHER_SECRETARY", "btg", "NOT_FOUND", false],
  ])("%s reading %s's sheet → %s", async (who, agency, outcome, canEdit) => {
    const w = await world();
    signInAs(w.users[who]);
    const p = getScoreSheet(w.blocA.id, YEAR, w[agency].id);
    if (outcome === "NOT_FOUND") return void (await expectRefused(p, "NOT_FOUND"));
    const view = await p;
    expect(view.table && view.canEdit).toBe(canEdit);
  });

  it("shows points and running totals computed with the engine; a leader-formula row waits for the bloc", async () => {
    const w = await world();
    await w.db.criterion.update({ where: { id: w.quant.id }, data: { useLeaderFormula: true } });
    signInAs(w.users.AGENCY_OFFICER);
    await fillSheet(w);
    signInAs(w.users.AGENCY_LEADER);
    const view = await getScoreSheet(w.blocA.id, YEAR, w.btg.id);
    if (!view.table) throw new Error("expected a table");
    expect(view.rows.map((r) => r.code)).toEqual(["I", "1.1", "1.2", "1.3", "T1", "P1", "G1"]);
    const quant = view.rows.find((r) => r.code === "1.3")!;
    expect([quant.points, quant.needsBloc]).toEqual([null, true]);
    expect(view.totals).toMatchObject({ base: 6, bonus: 1, penalty: 0, total: 7, vetoed: false });
    expect(view.missing).toEqual([]);
    expect(view.canSubmit).toBe(true);
    expect(view.rows.find((r) => r.code === "1.2")!.entry!.files).toHaveLength(1);
  });

  it("has no table while none of the year is locked", async () => {
    const w = await world();
    await w.db.criteriaTable.update({ where: { id: w.table.id }, data: { status: "DRAFT" } });
    signInAs(w.users.AGENCY_OFFICER);
    expect((await getScoreSheet(w.blocA.id, YEAR, w.btg.id)).table).toBeNull();
  });
});

describe("findSheetStatuses", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "NOT_FOUND"]>([
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["ADMIN", "ok"],
    ["AGENCY_LEADER", "NOT_FOUND"],
    ["AGENCY_OFFICER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") await expectRefused(findSheetStatuses(w.blocA.id, YEAR), "NOT_FOUND");
    else expect((await findSheetStatuses(w.blocA.id, YEAR)).rows).toHaveLength(2);
  });

  it("lists each member's status on the latest locked table", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveScoreEntry(entry(w, w.graded.id, { value: "1" }));
    signInAs(w.users.SECRETARY);
    const before = await findSheetStatuses(w.blocA.id, YEAR);
    expect(before.rows.map((r) => [r.agencyName, r.status])).toEqual([
      ["Ban Dân vận Tỉnh ủy", null],
      ["Ban Tuyên giáo Tỉnh ủy", "DRAFT"],
    ]);
    // A newer locked version starts fresh sheets.
    await w.db.criteriaTable.update({ where: { id: w.table.id }, data: { status: "SUPERSEDED" } });
    await makeLockedTable(w.cycle.id, 2);
    const after = await findSheetStatuses(w.blocA.id, YEAR);
    expect([after.tableVersion, after.rows.map((r) => r.status)]).toEqual([2, [null, null]]);
  });
});
