import { describe, expect, test } from "vitest";
import { addRowErrors, countErrorRows, rowErrorsOf, sheetFieldName, sheetFormFields } from "./sheet-fields";

describe("sheet fields", () => {
  test("the form's rows come back by row id, its own fields beside them; files and Next's fields are left to the row shaper", () => {
    const f = new FormData();
    f.set("$ACTION_ID_abc", "");
    f.set("sheetId", "s1");
    f.set("version", "3");
    f.set(sheetFieldName("c1", "points"), "4,5");
    f.set(sheetFieldName("c1", "verified"), "on");
    f.set(sheetFieldName("c2", "reason"), "Thiếu biên bản");
    f.append(sheetFieldName("c2", "files"), new File(["x"], "a.pdf"));
    expect(sheetFormFields(f)).toEqual({
      sheetId: "s1",
      version: "3",
      entries: { c1: { points: "4,5", verified: "on" }, c2: { reason: "Thiếu biên bản" } },
    });
    expect(sheetFormFields(f, (id, row) => ({ ...row, id }))).toMatchObject({ entries: { c2: { id: "c2", reason: "Thiếu biên bản" } } });
  });

  test("row errors are named after their row, counted by row, and read back per row", () => {
    const errors: Record<string, string[]> = {};
    addRowErrors(errors, "c1", { points: ["Ngoài khoảng"], reason: ["Cần lý do"] });
    addRowErrors(errors, "c2", { row: ["Không áp dụng"] });
    addRowErrors(errors, "c3", null);
    expect(Object.keys(errors)).toEqual(["entries.c1.points", "entries.c1.reason", "entries.c2.row"]);
    expect(countErrorRows(errors)).toBe(2);
    expect(rowErrorsOf(errors, "c1")).toEqual({ points: ["Ngoài khoảng"], reason: ["Cần lý do"] });
    // c1 is not a prefix match for c10.
    expect(rowErrorsOf({ "entries.c10.points": ["x"] }, "c1")).toBeUndefined();
  });
});
