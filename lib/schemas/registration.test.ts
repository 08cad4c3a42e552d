import { describe, expect, test } from "vitest";
import { registrationFormFields, RegistrationInputSchema, ReviewRegistrationInputSchema } from "./registration";

const base = { cycleId: "c1", agencyId: "a1", version: "0", titleIds: [], note: "" };
const row = (text: string, kind: string, value = "", comparator = "") => ({ text, kind, value, comparator });

function errorsOf(targets: ReturnType<typeof row>[]) {
  const r = RegistrationInputSchema.safeParse({ ...base, targets });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("RegistrationInputSchema: targets", () => {
  test.each<[string, ReturnType<typeof row>[], Record<string, string>]>([
    ["a percentage of 90 is accepted", [row("≥ 90% cán bộ đạt Lao động tiên tiến", "PERCENT", "90")], {}],
    ["a percentage of exactly 100 is accepted", [row("100% đảng viên học tập nghị quyết", "PERCENT", "100")], {}],
    ["a percentage over 100 is refused on its value", [row("Tỷ lệ", "PERCENT", "100.5")], { "targets.0.value": "Giá trị 1 là tỷ lệ phần trăm: từ 0 đến 100." }],
    ["a decimal comma is accepted", [row("Tỷ lệ", "PERCENT", "92,5")], {}],
    ["three decimals are refused", [row("Số", "NUMBER", "1.234")], { "targets.0.value": "Giá trị 1 phải là một số (tối đa 2 chữ số thập phân)." }],
    ["a negative number is refused", [row("Số", "NUMBER", "-1")], { "targets.0.value": "Giá trị 1 không được âm." }],
    ["yes/no takes 1", [row("Không có vi phạm", "YES_NO", "1")], {}],
    ["yes/no refuses 2", [row("Không có vi phạm", "YES_NO", "2")], { "targets.0.value": "Giá trị 1 của chỉ tiêu có/không là 1 (có) hoặc 0 (không)." }],
    [
      "a descriptive target refuses a value",
      [row("Hoàn thành tốt", "TEXT", "5")],
      { "targets.0.value": "Chỉ tiêu 1 là chỉ tiêu mô tả: hãy để trống giá trị hoặc chọn loại khác." },
    ],
    [
      "a value without text is refused on the text, numbered as the form shows it",
      [row("A", "TEXT"), row("", "NUMBER", "3")],
      { "targets.1.text": "Vui lòng nhập nội dung chỉ tiêu 2." },
    ],
    ["an unknown kind is refused", [row("A", "MAYBE")], { "targets.0.kind": "Vui lòng chọn loại chỉ tiêu 1." }],
    ["a blank row is ignored", [row("", "TEXT"), row("  ", "NUMBER", " ")], {}],
    ["an unknown comparator is refused", [row("Tỷ lệ", "PERCENT", "90", ">=")], { "targets.0.comparator": "Vui lòng chọn điều kiện đạt của chỉ tiêu 1." }],
  ])("%s", (_name, targets, expected) => {
    expect(errorsOf(targets)).toEqual(expected);
  });

  test("targets are numbered 1..n after blank rows are dropped", () => {
    const parsed = RegistrationInputSchema.parse({
      ...base,
      targets: [row("", "TEXT"), row("Hai hội thảo", "NUMBER", "2"), row("", "TEXT"), row("Tỷ lệ", "PERCENT", "90,5")],
    });
    expect(parsed.targets).toEqual([
      { order: 1, text: "Hai hội thảo", kind: "NUMBER", value: 2, comparator: "AT_LEAST" },
      { order: 2, text: "Tỷ lệ", kind: "PERCENT", value: 90.5, comparator: "AT_LEAST" },
    ]);
  });

  test.each([
    ["a share “from 90% up”", row("Phấn đấu 90% trở lên cán bộ đạt Lao động tiên tiến", "PERCENT", "90", "AT_LEAST"), "AT_LEAST"],
    ["a number “no more than 2”", row("Không quá 2 hồ sơ trễ hạn", "NUMBER", "2", "AT_MOST"), "AT_MOST"],
    ["a row sent without one (an older form)", row("Tổ chức 12 buổi sinh hoạt chuyên đề", "NUMBER", "12"), "AT_LEAST"],
    ["a yes/no target, whatever is sent", row("Không có vi phạm", "YES_NO", "1", "AT_LEAST"), "EXACTLY"],
    ["a descriptive target, whatever is sent", row("Hoàn thành tốt", "TEXT", "", "AT_MOST"), "EXACTLY"],
  ])("the comparator of %s is %s", (_name, target, comparator) => {
    expect(RegistrationInputSchema.parse({ ...base, targets: [target] }).targets[0]!.comparator).toBe(comparator);
  });

  test("a repeated title is kept once", () => {
    expect(RegistrationInputSchema.parse({ ...base, titleIds: ["t1", "t1", "t2"], targets: [] }).titleIds).toEqual(["t1", "t2"]);
  });

  test("more than 30 targets are refused", () => {
    const many = Array.from({ length: 31 }, (_, i) => row(`Chỉ tiêu ${i}`, "TEXT"));
    expect(errorsOf(many)).toEqual({ targets: "Tối đa 30 chỉ tiêu." });
  });
});

describe("registrationFormFields", () => {
  test("zips the repeated target fields row by row", () => {
    const fd = new FormData();
    for (const [k, v] of [
      ["cycleId", "c1"],
      ["agencyId", "a1"],
      ["version", "2"],
      ["titleIds", "t1"],
      ["titleIds", "t2"],
      ["targetText", "A"],
      ["targetKind", "TEXT"],
      ["targetComparator", "EXACTLY"],
      ["targetValue", ""],
      ["targetText", "B"],
      ["targetKind", "PERCENT"],
      ["targetComparator", "AT_LEAST"],
      ["targetValue", "90"],
      ["note", "x"],
    ])
      fd.append(k!, v!);
    expect(registrationFormFields(fd)).toEqual({
      cycleId: "c1",
      agencyId: "a1",
      version: "2",
      titleIds: ["t1", "t2"],
      note: "x",
      targets: [
        { text: "A", kind: "TEXT", value: "", comparator: "EXACTLY" },
        { text: "B", kind: "PERCENT", value: "90", comparator: "AT_LEAST" },
      ],
    });
  });
});

describe("ReviewRegistrationInputSchema", () => {
  test("trims the reason; its minimum length is the state machine's rule", () => {
    expect(ReviewRegistrationInputSchema.parse({ registrationId: "r", version: "1", decision: "return", reason: "  ngắn " }).reason).toBe("ngắn");
  });
  test("refuses an unknown decision", () => {
    expect(ReviewRegistrationInputSchema.safeParse({ registrationId: "r", version: "1", decision: "delete" }).success).toBe(false);
  });
});
