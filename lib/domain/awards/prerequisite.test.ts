import { describe, expect, test } from "vitest";
import { checkPrerequisites, prerequisiteWindow, type HeldTitle } from "./prerequisite";

const NAMES: Record<string, string> = { TTLDXS: "Tập thể lao động xuất sắc", BK_TINH: "Bằng khen của Chủ tịch UBND tỉnh" };
const name = (code: string) => NAMES[code] ?? code;
const held = (...t: [string, number][]): HeldTitle[] => t.map(([code, year]) => ({ code, year }));

describe("prerequisiteWindow", () => {
  test.each([
    [null, 2026, null],
    [undefined, 2026, null],
    [1, 2026, { from: 2026, to: 2026 }],
    [5, 2026, { from: 2022, to: 2026 }],
  ])("%s years up to %i", (n, year, expected) => {
    expect(prerequisiteWindow({ prerequisiteCodes: ["TTLDXS"], prerequisiteWithinYears: n }, year)).toEqual(expected);
  });
});

describe("checkPrerequisites", () => {
  test.each<[string, number | null, HeldTitle[], string[], string | null]>([
    ["no window: a title of any earlier year counts", null, held(["TTLDXS", 2015]), [], null],
    [
      "no window: a title of a later year does not count",
      null,
      held(["TTLDXS", 2027]),
      [],
      "Chưa có danh hiệu, hình thức là điều kiện: “Tập thể lao động xuất sắc”.",
    ],
    ["no window: nothing held", null, [], [], "Chưa có danh hiệu, hình thức là điều kiện: “Tập thể lao động xuất sắc”."],
    ["5 years: the first year of the window counts", 5, held(["TTLDXS", 2022]), [], null],
    [
      "5 years: the year before the window does not, and the refusal says when it was held",
      5,
      held(["TTLDXS", 2021], ["TTLDXS", 2019]),
      [],
      "Chưa có danh hiệu, hình thức là điều kiện trong 5 năm gần nhất (2022–2026): “Tập thể lao động xuất sắc” (chỉ có năm 2019, 2021).",
    ],
    [
      "1 year: the same year only",
      1,
      held(["TTLDXS", 2025]),
      [],
      "Chưa có danh hiệu, hình thức là điều kiện trong 1 năm gần nhất (2026): “Tập thể lao động xuất sắc” (chỉ có năm 2025).",
    ],
    ["1 year: held the same year", 1, held(["TTLDXS", 2026]), [], null],
    ["a proposal of this year counts inside any window", 1, [], ["TTLDXS"], null],
  ])("%s", (_n, years, titles, pending, missing) => {
    const check = checkPrerequisites({ prerequisiteCodes: ["TTLDXS"], prerequisiteWithinYears: years }, titles, pending, 2026, name);
    expect(check.missing).toBe(missing);
  });

  test("a pending prerequisite is told as a note; with pending not counted it is missing", () => {
    const rule = { prerequisiteCodes: ["TTLDXS"], prerequisiteWithinYears: 3 };
    expect(checkPrerequisites(rule, [], ["TTLDXS"], 2026, name).pendingNotes).toEqual([
      "Điều kiện “Tập thể lao động xuất sắc” đang được đề nghị cùng năm, chưa có quyết định.",
    ]);
    expect(checkPrerequisites(rule, [], ["TTLDXS"], 2026, name, false).missing).toBe(
      "Chưa có danh hiệu, hình thức là điều kiện trong 3 năm gần nhất (2024–2026): “Tập thể lao động xuất sắc”.",
    );
  });

  test("every missing prerequisite is listed, the met ones are not", () => {
    const rule = { prerequisiteCodes: ["TTLDXS", "BK_TINH"], prerequisiteWithinYears: 2 };
    expect(checkPrerequisites(rule, held(["TTLDXS", 2026], ["BK_TINH", 2020]), [], 2026, name).missing).toBe(
      "Chưa có danh hiệu, hình thức là điều kiện trong 2 năm gần nhất (2025–2026): “Bằng khen của Chủ tịch UBND tỉnh” (chỉ có năm 2020).",
    );
  });
});
