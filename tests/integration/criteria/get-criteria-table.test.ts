import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCriteriaTable } from "@/lib/server/criteria/get-criteria-table";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, makeTable, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getCriteriaTable", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, boolean | "NOT_FOUND"]>([
    ["SECRETARY", true],
    ["CHAIR", true],
    ["AGENCY_LEADER", false],
    ["AGENCY_OFFICER", false],
    ["OBSERVER", false],
    ["ADMIN", false],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_LEADER", "NOT_FOUND"],
  ])("%s reads it (manage: %s)", async (who, outcome) => {
    const w = await world();
    await makeTable(w);
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") await expectRefused(getCriteriaTable(w.blocA.id, YEAR), "NOT_FOUND");
    else await expect(getCriteriaTable(w.blocA.id, YEAR)).resolves.toMatchObject({ canManage: outcome, current: { version: 1 } });
  });

  it("gives the latest version as a tree with levels, its edit mode and its findings", async () => {
    const w = await world();
    const t = await makeTable(w);
    await w.db.criterion.update({ where: { id: t.g2.id }, data: { maxPoints: 30 } });
    signInAs(w.users.SECRETARY);
    const v = await getCriteriaTable(w.blocA.id, YEAR);
    expect(v.current!.tree.map((g) => [g.code, g.children.map((c) => c.code)])).toEqual([
      ["I", ["1.1", "1.2"]],
      ["II", ["2.1"]],
    ]);
    expect(v.current!.tree[0]!.children[0]!.levels.map((l) => l.label)).toEqual(["Tốt", "Đạt"]);
    expect(v.current!.mode).toBe("EDIT");
    expect(v.current!.issues._table?.[0]).toMatch(/phải bằng thang điểm/);
    expect(v.current!.issues[t.g2.id]?.[0]).toMatch(/vượt điểm tối đa/);
    expect(v.lastYearHasTable).toBe(false);
  });

  it("is empty for a year without a table and tells whether last year has one", async () => {
    const w = await world();
    await makeTable(w, { cycleId: w.lastCycle.id });
    signInAs(w.users.CHAIR);
    await expect(getCriteriaTable(w.blocA.id, YEAR)).resolves.toMatchObject({ cycleId: w.cycle.id, current: null, versions: [], lastYearHasTable: true });
  });
});
