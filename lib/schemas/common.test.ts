import { describe, expect, test } from "vitest";
import { day, optionalDay, optionalText, requiredText, text, year } from "./common";

describe("common input schemas", () => {
  test.each([
    ["2024-02-06", "2024-02-06T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    // Day fields are typed dd/MM/yyyy (components/ui/day-input.tsx).
    ["06/02/2024", "2024-02-06T00:00:00.000Z"],
    ["6/2/2024", "2024-02-06T00:00:00.000Z"],
  ])("day %s parses to UTC midnight", (input, iso) => {
    expect(day("ngày ký").parse(input).toISOString()).toBe(iso);
  });

  test.each([["2023-02-29"], ["29/02/2023"], ["06/02/24"], [""], ["2024-13-01"]])("day refuses %j with a Vietnamese message", (input) => {
    const r = day("ngày ký").safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues).toHaveLength(1);
    expect(r.error?.issues[0]?.message).toMatch(/ngày ký/i);
  });

  test("optionalDay accepts an empty field", () => {
    expect(optionalDay("ngày bàn giao").parse("")).toBeUndefined();
    expect(optionalDay("ngày bàn giao").parse("2024-02-06")?.toISOString()).toBe("2024-02-06T00:00:00.000Z");
  });

  test("requiredText trims and names the field", () => {
    expect(requiredText("tên khối").parse("  Khối A ")).toBe("Khối A");
    expect(requiredText("tên khối").safeParse("   ").error?.issues[0]?.message).toBe("Vui lòng nhập tên khối.");
    expect(requiredText("tên khối", 5).safeParse("123456").error?.issues[0]?.message).toBe("Tên khối quá dài (tối đa 5 ký tự).");
  });

  test.each([
    ["2026", 2026],
    ["1944", null],
    ["20.5", null],
  ])("year %s", (input, out) => {
    const r = year.safeParse(input);
    expect(r.success ? r.data : null).toBe(out);
  });
});

describe("text refuses control characters (Postgres refuses NUL; the rest are never typed)", () => {
  test.each([["a\u0000b"], ["\u0007"], ["x\u001b[31m"], ["\u007f"]])("requiredText refuses %j with a Vietnamese message", (input) => {
    const r = requiredText("tên khối").safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Tên khối chứa ký tự không hợp lệ (ký tự điều khiển).");
  });

  test("optionalText refuses NUL too", () => {
    expect(optionalText().safeParse("ghi chú\u0000").success).toBe(false);
  });

  test.each([["dòng 1\ndòng 2\r\n\tthụt lề"], ["😀 emoji"], ["\u202Eالعربية"], ['\'; DROP TABLE "User"; --']])("keeps ordinary text %j", (input) => {
    expect(text().parse(input)).toBe(input);
  });
});
