import { describe, expect, test } from "vitest";
import { formFields } from "./form-fields";
import { readyToConfirm, STEP_FIELD, stepOf } from "./step";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("stepOf", () => {
  test.each([
    [[[STEP_FIELD, "check"]], "check"],
    [[[STEP_FIELD, "write"]], "write"],
    [[[STEP_FIELD, "CHECK"]], "write"],
    [[["reason", "x"]], "write"],
  ] as [[string, string][], string][])("%j → %s", (entries, want) => expect(stepOf(form(entries))).toBe(want));

  test("the step is not one of the form's values (not parsed, not echoed)", () => {
    expect(
      formFields(
        form([
          [STEP_FIELD, "check"],
          ["reason", "x"],
        ]),
      ),
    ).toEqual({ reason: "x" });
  });
});

describe("readyToConfirm", () => {
  test.each([
    [null, false],
    [{ ok: true as const }, false],
    [{ ok: true as const, message: "Đã nộp." }, false],
    [{ ok: false as const, message: "Giai đoạn này đang đóng." }, false],
    [{ ok: true as const, ready: true as const }, true],
    [{ ok: true as const, ready: true as const, stamp: 2 }, true],
  ])("%j → %s", (state, want) => expect(readyToConfirm(state)).toBe(want));
});
