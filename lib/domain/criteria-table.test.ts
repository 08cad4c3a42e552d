import { describe, expect, it } from "vitest";
import {
  buildCriteriaTree,
  copyWithNewIds,
  flattenTree,
  issuesByNode,
  parentsFirst,
  splitIssues,
  tableEditMode,
  toCriterionDefs,
  withNode,
  withoutSubtree,
  type CriterionNode,
} from "./criteria-table";
import { validateTable } from "./scoring/validate-table";

const node = (id: string, parentId: string | null, order: number, over: Partial<CriterionNode> = {}): CriterionNode => ({
  id,
  parentId,
  code: id,
  name: `Tên ${id}`,
  type: parentId ? "YES_NO" : "GROUP",
  order,
  maxPoints: 50,
  minPoints: 0,
  guidance: null,
  evidenceRequired: false,
  floorPct: null,
  allowNA: false,
  useLeaderFormula: false,
  pointsPerUnit: null,
  cap: null,
  levels: [],
  ...over,
});
const table = [node("II", null, 2), node("I", null, 1), node("I.2", "I", 2, { maxPoints: 20 }), node("I.1", "I", 1, { maxPoints: 30 }), node("II.1", "II", 1)];

describe("buildCriteriaTree", () => {
  it("orders siblings and nests children with their depth", () => {
    const flat = flattenTree(buildCriteriaTree(table));
    expect(flat.map((n) => [n.code, n.depth])).toEqual([
      ["I", 0],
      ["I.1", 1],
      ["I.2", 1],
      ["II", 0],
      ["II.1", 1],
    ]);
  });
  it.each([
    ["a dangling parent shows the node at the top", [node("X", "missing", 1)], ["X"]],
    ["a parent cycle is dropped, not looped on", [node("A", "B", 1), node("B", "A", 1)], []],
  ])("%s", (_name, nodes, codes) => {
    expect(flattenTree(buildCriteriaTree(nodes)).map((n) => n.code)).toEqual(codes);
  });
});

describe("changes to the whole table", () => {
  it("replaces a node by id and appends a new one", () => {
    const changed = withNode(table, node("I.1", "I", 1, { maxPoints: 40 }));
    expect(changed.find((n) => n.id === "I.1")!.maxPoints).toBe(40);
    expect(withNode(table, node("NEW", "II", 2))).toHaveLength(6);
  });
  it.each([
    ["a group takes its subtree", "I", ["I", "I.1", "I.2"]],
    ["a leaf goes alone", "I.2", ["I.2"]],
  ])("deleting %s", (_n, id, removed) => {
    const r = withoutSubtree(table, id);
    expect(r.removed.map((n) => n.id).sort()).toEqual(removed.sort());
    expect(r.remaining).toHaveLength(table.length - removed.length);
  });
  it("feeds validateTable: the worked sums pass and an overflow is named on its node", () => {
    expect(validateTable(toCriterionDefs(table), { scale: 100 })).toEqual([]);
    const issues = validateTable(toCriterionDefs(withNode(table, node("I.1", "I", 1, { maxPoints: 45 }))), { scale: 100 });
    expect(issuesByNode(issues)["I"]?.[0]).toMatch(/vượt điểm tối đa của nhóm/);
  });
  it("collects table-wide messages under _table", () => {
    expect(
      issuesByNode([
        { criterionId: null, message: "m" },
        { criterionId: "a", message: "n" },
      ]),
    ).toEqual({ _table: ["m"], a: ["n"] });
  });
});

describe("copyWithNewIds", () => {
  it("gives every node a new id and keeps the shape", () => {
    let i = 0;
    const copy = copyWithNewIds(
      [...table, node("L", "I.1", 1, { type: "GRADED", levels: [{ order: 1, label: "Tốt", points: 5, descriptor: null }] })],
      () => `n${++i}`,
    );
    expect(copy.every((n) => !table.some((t) => t.id === n.id))).toBe(true);
    const byCode = new Map(copy.map((n) => [n.code, n]));
    expect(byCode.get("I.1")!.parentId).toBe(byCode.get("I")!.id);
    expect(byCode.get("L")!.levels).toEqual([{ order: 1, label: "Tốt", points: 5, descriptor: null }]);
  });
  it("puts parents before children for inserting", () => {
    const order = parentsFirst(table).map((n) => n.id);
    for (const n of table) if (n.parentId) expect(order.indexOf(n.parentId)).toBeLessThan(order.indexOf(n.id));
  });
});

describe("tableEditMode", () => {
  it.each([
    ["DRAFT", null, "2026-05-01", "EDIT"],
    ["DRAFT", "2026-11-01", "2026-10-31", "EDIT"],
    ["DRAFT", "2026-11-01", "2026-11-01", "NEW_VERSION"],
    ["LOCKED", "2026-11-01", "2026-01-01", "NEW_VERSION"],
    ["SUPERSEDED", null, "2026-01-01", "READ_ONLY"],
  ] as const)("%s, self-scoring opens %s, today %s → %s", (status, opens, today, mode) => {
    expect(tableEditMode(status, opens, today)).toBe(mode);
  });
});

describe("splitIssues (draft tables are built node by node)", () => {
  it.each([
    ["an empty group is only unfinished", [node("I", null, 1, { maxPoints: 100 })], 0, 1],
    ["groups short of the scale are only unfinished", [node("I", null, 1), node("I.1", "I", 1)], 0, 1],
    ["children over the group max block the save", [node("I", null, 1, { maxPoints: 100 }), node("I.1", "I", 1, { maxPoints: 120 })], 1, 0],
    ["a graded criterion without levels blocks", [node("I", null, 1, { maxPoints: 100 }), node("I.1", "I", 1, { maxPoints: 100, type: "GRADED" })], 1, 0],
  ])("%s", (_n, nodes, blocking, incomplete) => {
    const r = splitIssues(validateTable(toCriterionDefs(nodes), { scale: 100 }));
    expect([r.blocking.length, r.incomplete.length]).toEqual([blocking, incomplete]);
  });
});
