import { describe, expect, test } from "vitest";
import { type AuditChange, auditDiff, describeAuditValue } from "./audit-diff";

describe("auditDiff", () => {
  test.each<[string, unknown, unknown, AuditChange[]]>([
    ["identical snapshots have no changes", { name: "A", year: 2026 }, { name: "A", year: 2026 }, []],
    ["a changed scalar is CHANGED", { name: "A", kind: "KHOI" }, { name: "B", kind: "KHOI" }, [{ path: "name", kind: "CHANGED", before: "A", after: "B" }]],
    ["a value set from null is ADDED", { theme: null }, { theme: "Kỷ cương" }, [{ path: "theme", kind: "ADDED", before: null, after: "Kỷ cương" }]],
    ["a value cleared to null is REMOVED", { theme: "Kỷ cương" }, { theme: null }, [{ path: "theme", kind: "REMOVED", before: "Kỷ cương", after: null }]],
    ["a key missing before is ADDED", {}, { note: "x" }, [{ path: "note", kind: "ADDED", before: null, after: "x" }]],
    ["undefined and null count as the same", { note: null }, {}, []],
    [
      "a creation (no before) lists every key of after",
      null,
      { year: 2026, scoringMode: "VERIFICATION" },
      [
        { path: "year", kind: "ADDED", before: null, after: 2026 },
        { path: "scoringMode", kind: "ADDED", before: null, after: "VERIFICATION" },
      ],
    ],
    ["a deletion (no after) lists every key of before", { order: 1 }, undefined, [{ path: "order", kind: "REMOVED", before: 1, after: null }]],
    [
      "nested objects are flattened to dotted paths",
      { phases: { REGISTRATION: { opensOn: "2026-01-05", closesOn: "2026-03-25" } } },
      { phases: { REGISTRATION: { opensOn: "2026-01-05", closesOn: "2026-03-30" } } },
      [{ path: "phases.REGISTRATION.closesOn", kind: "CHANGED", before: "2026-03-25", after: "2026-03-30" }],
    ],
    [
      "arrays are compared whole, order included",
      { movements: ["A", "B"] },
      { movements: ["B", "A"] },
      [{ path: "movements", kind: "CHANGED", before: ["A", "B"], after: ["B", "A"] }],
    ],
    ["equal arrays are unchanged", { tasks: ["A"] }, { tasks: ["A"] }, []],
    [
      "updatedAt and createdAt are noise and ignored",
      { updatedAt: "2026-01-01T01:00:00.000Z", createdAt: "x" },
      { updatedAt: "2026-02-01T01:00:00.000Z", createdAt: "y" },
      [],
    ],
    ["a top-level scalar is compared under the empty path", "A", "B", [{ path: "", kind: "CHANGED", before: "A", after: "B" }]],
    [
      "new keys of after come after the keys of before",
      { b: 1, a: 1 },
      { c: 1, a: 2, b: 1 },
      [
        { path: "a", kind: "CHANGED", before: 1, after: 2 },
        { path: "c", kind: "ADDED", before: null, after: 1 },
      ],
    ],
  ])("%s", (_name, before, after, expected) => {
    expect(auditDiff(before, after)).toEqual(expected);
  });

  test("the ignored keys can be chosen", () => {
    expect(auditDiff({ updatedAt: "a" }, { updatedAt: "b" }, [])).toEqual([{ path: "updatedAt", kind: "CHANGED", before: "a", after: "b" }]);
  });
});

describe("describeAuditValue", () => {
  test.each<[string, unknown, string]>([
    ["null is a dash", null, "—"],
    ["undefined is a dash", undefined, "—"],
    ["true is Có", true, "Có"],
    ["false is Không", false, "Không"],
    ["a number in Vietnamese notation", 12.5, "12,5"],
    ["an empty string says it is empty", "", "(trống)"],
    ["a plain string stays as it is", "Kỷ cương, liêm chính", "Kỷ cương, liêm chính"],
    ["a calendar day is dd/MM/yyyy", "2026-03-25", "25/03/2026"],
    ["a @db.Date snapshot (UTC midnight) is dd/MM/yyyy", "2026-03-25T00:00:00.000Z", "25/03/2026"],
    ["a moment is shown in Vietnam time (UTC+7)", "2026-03-25T10:05:00.000Z", "25/03/2026 17:05"],
    ["a moment late in the UTC day rolls over to the next Vietnamese day", "2026-12-31T18:30:00Z", "01/01/2027 01:30"],
    ["an empty list says there is nothing", [], "(không có)"],
    ["a list is joined with semicolons, each item described", ["A", "2026-01-02", true], "A; 02/01/2026; Có"],
    ["an object is compact JSON", { a: 1 }, '{"a":1}'],
  ])("%s", (_name, value, expected) => {
    expect(describeAuditValue(value)).toBe(expected);
  });
});
