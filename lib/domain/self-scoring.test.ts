import { describe, expect, it } from "vitest";
import {
  checkEntryValues,
  countScored,
  describeGaps,
  hasValue,
  scorableRows,
  submissionGaps,
  toEngineEntry,
  type SheetCriterion,
  type SheetEntry,
} from "./self-scoring";
import type { CriterionType } from "./scoring/types";

const crit = (code: string, type: CriterionType, evidenceRequired = false): SheetCriterion => ({
  id: code,
  code,
  name: `Tiêu chí ${code}`,
  type,
  evidenceRequired,
});
const entry = (criterionId: string, over: Partial<SheetEntry> = {}): SheetEntry => ({
  criterionId,
  isNA: false,
  selfInput: null,
  actual: null,
  target: null,
  fileCount: 0,
  ...over,
});

describe("hasValue", () => {
  it.each<[string, CriterionType, SheetEntry | undefined, boolean]>([
    ["no entry", "GRADED", undefined, false],
    ["graded with a level", "GRADED", entry("a", { selfInput: 2 }), true],
    ["graded without a level", "GRADED", entry("a"), false],
    ["yes/no answered 0 (Không) counts as a value", "YES_NO", entry("a", { selfInput: 0 }), true],
    ["count of 0 is a value", "COUNT", entry("a", { selfInput: 0 }), true],
    ["N/A counts as answered", "COUNT", entry("a", { isNA: true }), true],
    ["quantitative needs the actual", "QUANTITATIVE", entry("a", { target: 10 }), false],
    ["quantitative with actual and no target", "QUANTITATIVE", entry("a", { actual: 5 }), true],
    ["quantitative ignores selfInput", "QUANTITATIVE", entry("a", { selfInput: 5 }), false],
  ])("%s", (_name, type, e, expected) => {
    expect(hasValue(type, e)).toBe(expected);
  });
});

describe("submissionGaps", () => {
  const table = [
    crit("I", "GROUP", true),
    crit("1.1", "GRADED"),
    crit("1.2", "YES_NO", true),
    crit("2", "GATE"),
    crit("3", "GATE", true),
    crit("4", "PENALTY"),
  ];
  const complete = [entry("1.1", { selfInput: 1 }), entry("1.2", { selfInput: 1, fileCount: 1 }), entry("3", { fileCount: 2 }), entry("4", { selfInput: 0 })];
  const noPenaltyRow = complete.filter((e) => e.criterionId !== "4");

  it.each<[string, SheetEntry[], string[]]>([
    ["a complete sheet has no gaps (groups and unticked gates need nothing)", complete, []],
    [
      "an empty sheet lists every scored leaf and every evidence line, in table order",
      [],
      ["1.1:NOT_SCORED", "1.2:NOT_SCORED", "1.2:NO_EVIDENCE", "3:NO_EVIDENCE"],
    ],
    ["an empty penalty row means no penalty", noPenaltyRow, []],
    ["a penalty row saved without a value means no penalty", [...noPenaltyRow, entry("4")], []],
    ["a scored line without its required file", complete.map((e) => (e.criterionId === "1.2" ? { ...e, fileCount: 0 } : e)), ["1.2:NO_EVIDENCE"]],
    ["N/A answers the value but not the evidence", [...complete.filter((e) => e.criterionId !== "1.2"), entry("1.2", { isNA: true })], ["1.2:NO_EVIDENCE"]],
    ["an entry row with no value is still a gap", [...complete.filter((e) => e.criterionId !== "1.1"), entry("1.1")], ["1.1:NOT_SCORED"]],
    ["a gate with evidence required needs a file even when unticked", complete.filter((e) => e.criterionId !== "3"), ["3:NO_EVIDENCE"]],
  ])("%s", (_name, entries, expected) => {
    expect(submissionGaps(table, entries).map((g) => `${g.code}:${g.reason}`)).toEqual(expected);
  });

  it("describes each gap by code and name", () => {
    expect(describeGaps(submissionGaps([crit("1.2", "YES_NO", true)], []))).toEqual([
      "1.2 Tiêu chí 1.2: chưa chấm điểm",
      "1.2 Tiêu chí 1.2: chưa có minh chứng",
    ]);
  });
});

describe("toEngineEntry", () => {
  const stored = { isNA: false, selfInput: 3, actual: 8, target: 10 };
  it.each<[string, CriterionType, typeof stored | undefined, unknown]>([
    ["no entry → nothing to score", "GRADED", undefined, undefined],
    ["no bonus entry → no bonus", "BONUS", undefined, { criterionId: "c", isNA: false, value: 0 }],
    ["no penalty entry → no penalty", "PENALTY", undefined, { criterionId: "c", isNA: false, value: 0 }],
    ["penalty entry without a value → no penalty", "PENALTY", { ...stored, selfInput: null as unknown as number }, { criterionId: "c", isNA: false, value: 0 }],
    ["no gate entry → no violation", "GATE", undefined, { criterionId: "c", isNA: false, value: 0 }],
    ["gate entry without a value → no violation", "GATE", { ...stored, selfInput: null as unknown as number }, { criterionId: "c", isNA: false, value: 0 }],
    ["graded → the level", "GRADED", stored, { criterionId: "c", isNA: false, value: 3 }],
    ["quantitative → actual and target", "QUANTITATIVE", stored, { criterionId: "c", isNA: false, actual: 8, target: 10 }],
    ["N/A is passed on", "COUNT", { ...stored, isNA: true }, { criterionId: "c", isNA: true, value: 3 }],
  ])("%s", (_name, type, e, expected) => {
    expect(toEngineEntry(type, "c", e)).toEqual(expected);
  });
});

describe("checkEntryValues", () => {
  const levels = [{ order: 1 }, { order: 2 }];
  const v = (over: Partial<import("./self-scoring").EntryValues> = {}) => ({ isNA: false, value: null, actual: null, target: null, ...over });
  it.each<[string, CriterionType, boolean, ReturnType<typeof v>, string[]]>([
    ["an empty draft is fine", "GRADED", false, v(), []],
    ["a known level", "GRADED", false, v({ value: 2 }), []],
    ["an unknown level", "GRADED", false, v({ value: 3 }), ["value"]],
    ["yes/no takes 0 or 1", "YES_NO", false, v({ value: 1 }), []],
    ["yes/no refuses 2", "YES_NO", false, v({ value: 2 }), ["value"]],
    ["gate refuses 5", "GATE", false, v({ value: 5 }), ["value"]],
    ["count refuses a fraction", "COUNT", false, v({ value: 1.5 }), ["value"]],
    ["penalty takes 0", "PENALTY", false, v({ value: 0 }), []],
    ["N/A where not allowed", "COUNT", false, v({ isNA: true }), ["isNA"]],
    ["N/A where allowed skips the value check", "GRADED", true, v({ isNA: true, value: 9 }), []],
    ["quantitative target without actual", "QUANTITATIVE", false, v({ target: 10 }), ["actual"]],
    ["quantitative actual without target", "QUANTITATIVE", false, v({ actual: 10 }), []],
  ])("%s", (_name, type, allowNA, values, fields) => {
    expect(Object.keys(checkEntryValues({ type, allowNA, levels }, values) ?? {})).toEqual(fields);
  });
});

describe("countScored", () => {
  const rows = [
    { id: "a", type: "GRADED" as const },
    { id: "q", type: "QUANTITATIVE" as const },
    { id: "n", type: "COUNT" as const },
  ];
  it.each<[string, Record<string, string>, number]>([
    ["nothing typed", {}, 0],
    ["a value, blanks ignored", { "a.value": "2", "n.value": "  " }, 1],
    ["the quantitative row counts its actual, not a target alone", { "q.value": "5", "q.target": "10" }, 0],
    ["the actual scores the quantitative row", { "q.actual": "8" }, 1],
    ["N/A scores any row", { "a.isNA": "on", "n.isNA": "on" }, 2],
  ])("%s → %i", (_name, fields, expected) => {
    expect(countScored(rows, (id, name) => fields[`${id}.${name}`])).toBe(expected);
  });

  it("counts only rows whose empty value is not 'none'", () => {
    const criteria = (["GROUP", "GRADED", "GATE", "BONUS", "PENALTY", "QUANTITATIVE"] as const).map((type, i) => ({ id: String(i), type }));
    expect(scorableRows(criteria).map((r) => r.type)).toEqual(["GRADED", "QUANTITATIVE"]);
  });
});
