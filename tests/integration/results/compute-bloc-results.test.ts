import { beforeEach, describe, expect, it, vi } from "vitest";
import { getBlocResults } from "@/lib/server/results/compute-bloc-results";
import type { BlocResultsView } from "@/lib/domain/results-view";
import { signInAs } from "../setup/current-user-stub";
import { makeSheet, world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function read(w: World) {
  signInAs(w.users.SECRETARY);
  const view = await getBlocResults(w.blocA.id, YEAR);
  if (view?.status !== "READY") throw new Error(`not ready: ${view?.status}`);
  return view;
}
const summary = (view: Extract<BlocResultsView, { status: "READY" }>) =>
  view.rows.map((r) => [r.agencyName, r.rank, r.label, r.base, r.bonus, r.penalty, r.total, r.bandKey, r.vetoed, r.needsRunoff]);

describe("getBlocResults: the computation", () => {
  beforeEach(() => signInAs(null));

  it("ranks the hand-computed case with totals, bands and the veto (latest LOCKED table, not the draft)", async () => {
    const w = await world();
    const view = await read(w);
    expect(view.table).toMatchObject({ id: w.t.table.id, version: 1, scale: 100 });
    expect(summary(view)).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 1, "Nhất", 100, 2, 0, 102, "XUAT_SAC", false, false],
      ["Ban Dân vận Tỉnh ủy", 2, "Nhì", 84, 0, 1, 83, "HOAN_THANH", false, false],
      ["Ban Tổ chức Tỉnh ủy", 3, "Ba", 48, 0, 0, 48, "KHONG_HOAN_THANH", true, false],
    ]);
    expect(view.withoutSheet).toEqual(["Ban Nội chính Tỉnh ủy"]);
    expect(view.excluded).toEqual([{ agencyId: w.bnc.id, agencyName: "Ban Nội chính Tỉnh ủy", reason: "Chưa lập bảng tự chấm" }]);
  });

  it("ranks only verified sheets: a member whose sheet is still a draft is excluded, with the reason", async () => {
    const w = await world();
    await w.db.scoreSheet.update({ where: { id: w.sheets.bdv.id }, data: { status: "DRAFT" } });
    const view = await read(w);
    expect(view.rows.map((r) => [r.agencyName, r.rank, r.label])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 1, "Nhất"],
      ["Ban Tổ chức Tỉnh ủy", 2, "Nhì"],
    ]);
    expect(view.excluded).toEqual([
      { agencyId: w.bdv.id, agencyName: "Ban Dân vận Tỉnh ủy", reason: "Chưa nộp bảng tự chấm" },
      { agencyId: w.bnc.id, agencyName: "Ban Nội chính Tỉnh ủy", reason: "Chưa lập bảng tự chấm" },
    ]);
  });

  it("excludes submitted-but-unverified and returned sheets, and leaves their inputs out of the leader-relative points", async () => {
    const w = await world();
    // btg (12/10) leads I.2; once its sheet is only submitted, bdv (11/10) leads and gets the full 40.
    await w.db.scoreSheet.update({ where: { id: w.sheets.btg.id }, data: { status: "SUBMITTED", verifiedAt: null } });
    await w.db.scoreSheet.update({ where: { id: w.sheets.btc.id }, data: { status: "RETURNED", verifiedAt: null, returnReason: "Thiếu minh chứng" } });
    const view = await read(w);
    expect(summary(view)).toEqual([["Ban Dân vận Tỉnh ủy", 1, "Nhất", 94, 0, 1, 93, "XUAT_SAC", false, false]]);
    expect(view.excluded.map((e) => [e.agencyName, e.reason])).toEqual([
      ["Ban Nội chính Tỉnh ủy", "Chưa lập bảng tự chấm"],
      ["Ban Tổ chức Tỉnh ủy", "Bảng điểm bị trả lại, chờ cơ quan nộp lại"],
      ["Ban Tuyên giáo Tỉnh ủy", "Bảng điểm chưa được thẩm định xong"],
    ]);
  });

  it("shows an agency user its own agency's exclusion only", async () => {
    const w = await world();
    await w.db.scoreSheet.update({ where: { id: w.sheets.btg.id }, data: { status: "DRAFT" } });
    signInAs(w.users.AGENCY_LEADER); // btg's leader
    const view = await getBlocResults(w.blocA.id, YEAR);
    if (view?.status !== "READY") throw new Error("not ready");
    expect([view.scope, view.rows, view.excluded]).toEqual([
      "OWN",
      [],
      [{ agencyId: w.btg.id, agencyName: "Ban Tuyên giáo Tỉnh ủy", reason: "Chưa nộp bảng tự chấm" }],
    ]);
  });

  it("gives the matrix cells and group subtotals", async () => {
    const w = await world();
    const bdv = (await read(w)).rows.find((r) => r.agencyId === w.bdv.id)!;
    expect(bdv.cells[w.t.ids["I.2"]!.id]).toEqual({ points: 30, status: "SCORED", vetoed: false });
    expect(bdv.groups[w.t.ids.I!.id]).toBe(50);
    expect(bdv.groups[w.t.ids.II!.id]).toBe(34);
    const view = await read(w);
    expect(view.criteria.map((c) => [c.code, c.depth, c.isTopBaseGroup])).toEqual([
      ["I", 0, true],
      ["I.1", 1, false],
      ["I.2", 1, false],
      ["II", 0, true],
      ["II.1", 1, false],
      ["III", 0, false],
      ["IV", 0, false],
      ["V", 0, false],
    ]);
  });

  it("recomputes every agency's leader-relative points when one agency's actual changes", async () => {
    const w = await world();
    const entry = w.sheets.bdv.entries.find((e) => e.criterionId === w.t.ids["I.2"]!.id)!;
    await w.db.scoreEntry.update({ where: { id: entry.id }, data: { actual: 13 } });
    const view = await read(w);
    // bdv leads with 1.3: 40; btg at 1.2 gets 20 + 20·0.2/0.3 = 33.33, total 95.33, I.2 at 83% → Tốt.
    expect(summary(view).slice(0, 2)).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 1, "Nhất", 93.33, 2, 0, 95.33, "TOT", false, false],
      ["Ban Dân vận Tỉnh ủy", 2, "Nhì", 94, 0, 1, 93, "XUAT_SAC", false, false],
    ]);
  });

  it("uses final ?? verified points over the raw input", async () => {
    const w = await world();
    const e = (code: string) => w.sheets.bdv.entries.find((x) => x.criterionId === w.t.ids[code]!.id)!;
    await w.db.scoreEntry.update({ where: { id: e("I.1").id }, data: { verifiedPoints: 10 } });
    await w.db.scoreEntry.update({ where: { id: e("II.1").id }, data: { verifiedPoints: 20, finalPoints: 40 } });
    const bdv = (await read(w)).rows.find((r) => r.agencyId === w.bdv.id)!;
    expect([bdv.base, bdv.total]).toEqual([10 + 30 + 40, 79]);
  });

  it("marks agencies still tied after every tie-break for a run-off vote", async () => {
    const w = await world();
    await w.db.scoreSheet.delete({ where: { id: w.sheets.btc.id } });
    await makeSheet(w.t, w.cycle.id, w.btc.id, { "I.1": 1, "I.2": [11, 10], "II.1": 2, III: 0, IV: 1, V: 0 });
    const rows = (await read(w)).rows;
    expect(rows.map((r) => [r.rank, r.label, r.needsRunoff])).toEqual([
      [1, "Nhất", false],
      [2, "Nhì", true],
      [2, "Nhì", true],
    ]);
  });

  it("reads bands and the bonus cap from the cycle rules when set", async () => {
    const w = await world();
    const bands = [
      { key: "A", label: "Loại A", minTotal: 100, minCriterionPct: 0 },
      { key: "B", label: "Loại B", minTotal: 0, minCriterionPct: 0 },
    ];
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { rules: { bands, bonusCap: 1 } } });
    const rows = (await read(w)).rows;
    expect(rows.map((r) => [r.total, r.bandLabel])).toEqual([
      [101, "Loại A"],
      [83, "Loại B"],
      [48, "Loại B"],
    ]);
  });

  it("tells why there is nothing to show: no LOCKED table, no sheets, no cycle", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await w.db.scoreSheet.deleteMany({});
    expect(await getBlocResults(w.blocA.id, YEAR)).toEqual({ status: "NO_SHEETS" });
    await w.db.criteriaTable.update({ where: { id: w.t.table.id }, data: { status: "SUPERSEDED" } });
    expect(await getBlocResults(w.blocA.id, YEAR)).toEqual({ status: "NO_TABLE" });
    await w.db.cycle.delete({ where: { id: w.cycle.id } });
    expect(await getBlocResults(w.blocA.id, YEAR)).toEqual({ status: "NO_CYCLE" });
  });
});
