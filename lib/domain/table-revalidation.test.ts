import { describe, expect, test } from "vitest";
import type { CriterionNode } from "./criteria-table";
import { planSheetCarry, unchangedCriteria, type CarriedEntryInput, type SheetToCarry } from "./table-revalidation";

const node = (p: Partial<CriterionNode> & Pick<CriterionNode, "id" | "code" | "type" | "maxPoints">): CriterionNode => ({
  parentId: null,
  name: p.code,
  order: 1,
  minPoints: 0,
  guidance: null,
  evidenceRequired: false,
  floorPct: null,
  allowNA: false,
  useLeaderFormula: false,
  pointsPerUnit: null,
  cap: null,
  levels: [],
  ...p,
});
const graded = (id: string, levels: [number, number][]) =>
  node({ id, code: "1.1", type: "GRADED", maxPoints: 40, levels: levels.map(([order, points]) => ({ order, label: `M${order}`, points, descriptor: null })) });
const OLD = [
  node({ id: "o-g", code: "I", type: "GROUP", maxPoints: 100 }),
  graded("o-11", [
    [1, 40],
    [2, 30],
  ]),
  node({ id: "o-12", code: "1.2", type: "YES_NO", maxPoints: 20, allowNA: true }),
  node({ id: "o-13", code: "1.3", type: "COUNT", maxPoints: 10, pointsPerUnit: 2 }),
];
const entry = (id: string, criterionId: string, p: Partial<CarriedEntryInput> = {}): CarriedEntryInput => ({
  id,
  criterionId,
  isNA: false,
  selfInput: null,
  actual: null,
  target: null,
  selfPoints: null,
  verifiedPoints: null,
  finalPoints: null,
  ...p,
});
const ENTRIES = [
  entry("e11", "o-11", { selfInput: 2, selfPoints: 30 }),
  entry("e12", "o-12", { isNA: true }),
  entry("e13", "o-13", { selfInput: 3, selfPoints: 6 }),
];
const sheet = (status: SheetToCarry["status"], entries = ENTRIES): SheetToCarry => ({ id: "s", agencyId: "a", status, returnReason: null, entries });
/** A stand-in for the engine: the level's points, yes = max, count × points per unit. */
const points = (def: CriterionNode, e: CarriedEntryInput) => {
  if (e.isNA || e.selfInput === null) return null;
  if (def.type === "GRADED") return def.levels.find((l) => l.order === e.selfInput)?.points ?? null;
  if (def.type === "COUNT") return Math.min(def.maxPoints, e.selfInput * (def.pointsPerUnit ?? 0));
  return e.selfInput * def.maxPoints;
};
const withNew = (changes: Record<string, Partial<CriterionNode> | null>, added: CriterionNode[] = []) =>
  [...OLD.flatMap((n) => (changes[n.code] === null ? [] : [{ ...n, ...changes[n.code], id: `n-${n.id}` }])), ...added].map((n) => ({
    ...n,
    parentId: n.parentId && `n-${n.parentId}`,
  }));
const plan = (newNodes: CriterionNode[], status: SheetToCarry["status"] = "SUBMITTED", entries = ENTRIES) =>
  planSheetCarry({ version: 2, reason: "Theo hướng dẫn mới", oldNodes: OLD, newNodes, sheet: sheet(status, entries) }, points);

describe("planSheetCarry", () => {
  test("an unchanged table carries every entry to the new ids and leaves the sheet as it is", () => {
    const p = plan(withNew({}));
    expect(p.outcomes.map((o) => (o.kind === "KEEP" ? [o.code, o.criterionId, o.changed] : o.kind))).toEqual([
      ["1.1", "n-o-11", false],
      ["1.2", "n-o-12", false],
      ["1.3", "n-o-13", false],
    ]);
    expect([p.affected, p.nextStatus, p.returnReason, p.summary]).toEqual([false, "SUBMITTED", null, null]);
  });

  test.each<
    [
      string,
      Record<string, Partial<CriterionNode> | null>,
      CriterionNode[],
      { changed: string[]; dropped: { code: string; reason: string }[]; added: string[] },
    ]
  >([
    [
      "a level's points change: points recomputed",
      {
        "1.1": {
          levels: [
            { order: 1, label: "M1", points: 40, descriptor: null },
            { order: 2, label: "M2", points: 25, descriptor: null },
          ],
        },
      },
      [],
      { changed: ["1.1"], dropped: [], added: [] },
    ],
    [
      "the chosen level is gone: dropped",
      { "1.1": { levels: [{ order: 1, label: "M1", points: 40, descriptor: null }] } },
      [],
      { changed: [], dropped: [{ code: "1.1", reason: "Vui lòng chọn một mức đạt có trong bảng tiêu chí" }], added: [] },
    ],
    [
      "N/A no longer allowed: dropped",
      { "1.2": { allowNA: false } },
      [],
      { changed: [], dropped: [{ code: "1.2", reason: "Tiêu chí này không được đánh dấu “không áp dụng”" }], added: [] },
    ],
    ["the criterion is deleted: dropped", { "1.3": null }, [], { changed: [], dropped: [{ code: "1.3", reason: "tiêu chí không còn trong bảng" }], added: [] }],
    [
      "the criterion becomes a group: dropped",
      { "1.3": { type: "GROUP" } },
      [],
      { changed: [], dropped: [{ code: "1.3", reason: "tiêu chí đã chuyển thành nhóm" }], added: [] },
    ],
    [
      "the type changes: dropped",
      { "1.3": { type: "BONUS" } },
      [],
      { changed: [], dropped: [{ code: "1.3", reason: "loại tiêu chí đã thay đổi" }], added: [] },
    ],
    ["evidence becomes required: changed (points the same)", { "1.2": { evidenceRequired: true } }, [], { changed: ["1.2"], dropped: [], added: [] }],
    ["points per unit change", { "1.3": { pointsPerUnit: 3 } }, [], { changed: ["1.3"], dropped: [], added: [] }],
    ["only the name changes: nothing", { "1.3": { name: "Tên mới", guidance: "x" } }, [], { changed: [], dropped: [], added: [] }],
    [
      "a new criterion to score",
      {},
      [node({ id: "x", code: "1.4", type: "YES_NO", maxPoints: 5, parentId: "o-g" })],
      { changed: [], dropped: [], added: ["1.4"] },
    ],
    [
      "a new gate or group is not a criterion to score",
      {},
      [node({ id: "x", code: "1.5", type: "GATE", maxPoints: 0 }), node({ id: "y", code: "II", type: "GROUP", maxPoints: 0 })],
      { changed: [], dropped: [], added: [] },
    ],
  ])("%s", (_n, changes, added, expected) => {
    const p = plan(withNew(changes, added));
    expect({ changed: p.changedCodes, dropped: p.dropped, added: p.addedCodes }).toEqual(expected);
    expect(p.affected).toBe(expected.changed.length + expected.dropped.length + expected.added.length > 0);
  });

  test("recomputes the points and clears verified values decided under the old definition", () => {
    const entries = [
      entry("e11", "o-11", { selfInput: 2, selfPoints: 30, verifiedPoints: 30, finalPoints: 30 }),
      entry("e13", "o-13", { selfInput: 3, selfPoints: 6, verifiedPoints: 6 }),
    ];
    const p = plan(
      withNew({
        "1.1": {
          levels: [
            { order: 1, label: "M1", points: 40, descriptor: null },
            { order: 2, label: "M2", points: 25, descriptor: null },
          ],
        },
      }),
      "VERIFIED",
      entries,
    );
    expect(p.outcomes).toMatchObject([
      { kind: "KEEP", code: "1.1", selfPoints: 25, changed: true, clearVerified: true, minPoints: 0, maxPoints: 40 },
      { kind: "KEEP", code: "1.3", selfPoints: 6, changed: false, clearVerified: false },
    ]);
    expect(p.nextStatus).toBe("RETURNED");
  });

  test.each<[SheetToCarry["status"], SheetToCarry["status"]]>([
    ["DRAFT", "DRAFT"],
    ["RETURNED", "RETURNED"],
    ["SUBMITTED", "RETURNED"],
    ["VERIFIED", "RETURNED"],
  ])("an affected %s sheet becomes %s, with a reason naming the version and the codes", (status, next) => {
    const p = plan(withNew({ "1.3": null, "1.2": { evidenceRequired: true } }, [node({ id: "x", code: "1.4", type: "YES_NO", maxPoints: 5 })]), status);
    expect(p.nextStatus).toBe(next);
    expect(p.returnReason).toBe(
      "Bảng tiêu chí có phiên bản 2 (Theo hướng dẫn mới); tiêu chí thay đổi: 1.2; điểm bị bỏ: 1.3 (tiêu chí không còn trong bảng); tiêu chí mới cần chấm: 1.4.",
    );
  });

  test("an entry on a criterion missing from the old table is dropped", () => {
    const p = plan(withNew({}), "DRAFT", [entry("e", "elsewhere", { selfInput: 1 })]);
    expect(p.dropped).toEqual([{ code: "?", reason: "tiêu chí không còn trong bảng" }]);
  });
});

test("unchangedCriteria maps the scorable criteria whose scoring is the same", () => {
  const next = withNew({ "1.1": { maxPoints: 35, levels: [{ order: 1, label: "M1", points: 35, descriptor: null }] }, "1.3": { name: "Đổi tên" } });
  expect([...unchangedCriteria(OLD, next)]).toEqual([
    ["o-12", "n-o-12"],
    ["o-13", "n-o-13"],
  ]);
});
