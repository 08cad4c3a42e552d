import { describe, expect, test } from "vitest";
import { valueOf, valuesOf } from "./action-state";
import { formFields, listOf } from "./form-fields";

const form = (entries: [string, string | File][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("formFields", () => {
  test("one value is a string, a repeated name or one ending in Ids is a list; Next's fields and files are left out", () => {
    const f = form([
      ["$ACTION_ID_abc", ""],
      ["name", "Khối 1"],
      ["levelLabel", "Tốt"],
      ["levelLabel", "Khá"],
      ["titleIds", "t1"],
      ["scan", new File(["x"], "a.pdf")],
      ["empty", ""],
    ]);
    expect(formFields(f)).toEqual({ name: "Khối 1", levelLabel: ["Tốt", "Khá"], titleIds: ["t1"], empty: "" });
  });

  test("a multiple choice with nothing ticked is not sent at all", () => {
    expect(formFields(form([["name", "x"]]))).toEqual({ name: "x" });
  });
});

describe("listOf", () => {
  test.each([
    [undefined, []],
    ["a", ["a"]],
    [
      ["a", "b"],
      ["a", "b"],
    ],
  ])("%j → %j", (v, want) => expect(listOf(v)).toEqual(want));
});

describe("valueOf / valuesOf", () => {
  const refused = { ok: false as const, message: "m", values: { name: "typed", ids: ["1", "2"] } };
  test("what was typed before a refusal, else the fallback", () => {
    expect(valueOf(refused, "name", "saved")).toBe("typed");
    expect(valueOf(refused, "other", "saved")).toBe("saved");
    expect(valueOf(null, "name", "saved")).toBe("saved");
    expect(valuesOf(refused, "ids")).toEqual(["1", "2"]);
    expect(valuesOf(refused, "name")).toEqual(["typed"]);
    expect(valuesOf(null, "ids", ["x"])).toEqual(["x"]);
  });
});
