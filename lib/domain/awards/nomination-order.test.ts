import { describe, expect, test } from "vitest";
import { duplicateWarnings, normaliseText, orderByPriority, type NominationSummary } from "./nomination";

describe("orderByPriority", () => {
  const item = (name: string, priority: number, id = name) => ({ id, name, priority });

  test.each<[string, ReturnType<typeof item>[], string[]]>([
    ["by priority, 1 first", [item("C", 3), item("A", 1), item("B", 2)], ["A", "B", "C"]],
    ["0 (not ordered) comes after every ordered one", [item("A", 0), item("Z", 2)], ["Z", "A"]],
    [
      "ties by Vietnamese name: Ă between A and B, Đ between D and E (code points would put both last)",
      [item("Em", 1), item("Đảng ủy Khối", 1), item("Dân vận", 1), item("Ban", 1), item("Ăn", 1), item("Anh", 1)],
      ["Anh", "Ăn", "Ban", "Dân vận", "Đảng ủy Khối", "Em"],
    ],
    ["tones order names (Ban < Bàn < Bán)", [item("Bán", 0), item("Bàn", 0), item("Ban", 0)], ["Ban", "Bàn", "Bán"]],
    ["numbers in names sort numerically", [item("Chi bộ 10", 0), item("Chi bộ 2", 0)], ["Chi bộ 2", "Chi bộ 10"]],
    ["an empty list stays empty", [], []],
  ])("%s", (_n, items, expected) => {
    expect(orderByPriority(items).map((i) => i.name)).toEqual(expected);
  });

  test("stable: equal priority and name keep their given order", () => {
    const items = [item("Ban Tổ chức", 1, "x"), item("Ban Tổ chức", 1, "y"), item("Ban Tổ chức", 1, "z")];
    expect(orderByPriority(items).map((i) => i.id)).toEqual(["x", "y", "z"]);
    expect(orderByPriority([...items].reverse()).map((i) => i.id)).toEqual(["z", "y", "x"]);
  });

  test("does not mutate its input", () => {
    const items = [item("B", 2), item("A", 1)];
    orderByPriority(items);
    expect(items.map((i) => i.name)).toEqual(["B", "A"]);
  });
});

describe("duplicateWarnings: one achievement, one reward (edge case 23)", () => {
  const FORMS = [
    { code: "CO_CP", prerequisiteCodes: ["TTLDXS"] },
    { code: "CO_TINH", prerequisiteCodes: [] },
    { code: "BK_TINH", prerequisiteCodes: [] },
    { code: "TTLDXS", prerequisiteCodes: [] },
    { code: "BK_TINH_CN", prerequisiteCodes: [] },
  ];
  const NAMES: Record<string, string> = {
    CO_CP: "Cờ thi đua của Chính phủ",
    CO_TINH: "Cờ thi đua của UBND tỉnh",
    BK_TINH: "Bằng khen của Chủ tịch UBND tỉnh",
    TTLDXS: "Tập thể lao động xuất sắc",
    BK_TINH_CN: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
  };
  let seq = 0;
  const nom = (formCode: string, patch: Partial<NominationSummary> = {}): NominationSummary => ({
    id: `n${++seq}`,
    agencyId: "a1",
    agencyName: "Ban Tổ chức Tỉnh ủy",
    formCode,
    formName: NAMES[formCode],
    target: formCode.endsWith("_CN") ? "INDIVIDUAL" : "COLLECTIVE",
    collectiveName: null,
    personName: null,
    achievements: null,
    status: "PROPOSED",
    ...patch,
  });
  const kinds = (list: NominationSummary[]) => duplicateWarnings(list, FORMS).map((w) => [w.kind, w.nominationIds.length]);

  test.each<[string, () => NominationSummary[], [string, number][]]>([
    ["Cờ tỉnh and Bằng khen tỉnh for the same agency → warning", () => [nom("CO_TINH"), nom("BK_TINH")], [["SAME_RECIPIENT", 2]]],
    ["Cờ CP with its prerequisite TTLĐXS → expected, no warning", () => [nom("CO_CP"), nom("TTLDXS")], []],
    ["Cờ CP + TTLĐXS + Bằng khen → all three in one warning", () => [nom("CO_CP"), nom("TTLDXS"), nom("BK_TINH")], [["SAME_RECIPIENT", 3]]],
    ["two agencies, one form each → nothing", () => [nom("CO_TINH"), nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT" })], []],
    ["the agency and its Youth Union are different recipients", () => [nom("CO_TINH"), nom("BK_TINH", { collectiveName: "Đoàn Thanh niên cơ quan" })], []],
    [
      "the same sub-collective twice (name spelled differently) → warning",
      () => [nom("CO_TINH", { collectiveName: "Đoàn Thanh niên" }), nom("BK_TINH", { collectiveName: " đoàn thanh  niên. " })],
      [["SAME_RECIPIENT", 2]],
    ],
    ["a rejected nomination does not count", () => [nom("CO_TINH"), nom("BK_TINH", { status: "REJECTED" })], []],
    ["a draft counts (it may still be proposed)", () => [nom("CO_TINH"), nom("BK_TINH", { status: "DRAFT" })], [["SAME_RECIPIENT", 2]]],
    [
      "the same person of the same agency for two forms → warning",
      () => [nom("BK_TINH_CN", { personName: "Nguyễn Văn An" }), nom("BK_TINH_CN", { personName: "nguyễn văn an" })],
      [["SAME_RECIPIENT", 2]],
    ],
    [
      "namesakes in two agencies are different people",
      () => [nom("BK_TINH_CN", { personName: "Nguyễn Văn An" }), nom("BK_TINH_CN", { personName: "Nguyễn Văn An", agencyId: "a2", agencyName: "UBKT" })],
      [],
    ],
    ["a person and their agency are different recipients", () => [nom("CO_TINH"), nom("BK_TINH_CN", { personName: "Nguyễn Văn An" })], []],
    [
      "the same achievements text (case, spaces and punctuation aside) on two recipients → warning",
      () => [
        nom("CO_TINH", { achievements: "Hoàn thành xuất sắc 100% chỉ tiêu, dẫn đầu phong trào thi đua của khối." }),
        nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT", achievements: "hoàn thành xuất sắc 100% chỉ tiêu; dẫn đầu phong trào thi đua của khối" }),
      ],
      [["SAME_ACHIEVEMENTS", 2]],
    ],
    [
      "a short generic text is not a duplicate",
      () => [nom("CO_TINH", { achievements: "Xuất sắc" }), nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT", achievements: "Xuất sắc" })],
      [],
    ],
    [
      "different texts → nothing",
      () => [
        nom("CO_TINH", { achievements: "Tham mưu ban hành 12 nghị quyết chuyên đề của Tỉnh ủy trong năm." }),
        nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT", achievements: "Kiểm tra 45 tổ chức đảng, kết luận đúng thời hạn quy định." }),
      ],
      [],
    ],
    ["empty list → nothing", () => [], []],
  ])("%s", (_n, build, expected) => {
    expect(kinds(build())).toEqual(expected);
  });

  test("the warning names the recipient and the forms, in Vietnamese", () => {
    const [w] = duplicateWarnings([nom("CO_TINH"), nom("BK_TINH")], FORMS);
    expect(w.message).toBe(
      "Ban Tổ chức Tỉnh ủy được đề nghị cho nhiều hình thức: “Cờ thi đua của UBND tỉnh”, “Bằng khen của Chủ tịch UBND tỉnh”. Một thành tích chỉ được khen một hình thức; kiểm tra lại.",
    );
  });

  test("the same recipient twice for the same form says so", () => {
    const [w] = duplicateWarnings([nom("CO_TINH"), nom("CO_TINH")], FORMS);
    expect(w.message).toBe("Ban Tổ chức Tỉnh ủy được đề nghị hai lần cho “Cờ thi đua của UBND tỉnh”.");
  });

  test("normaliseText: case, punctuation, spaces, composed vs decomposed accents", () => {
    expect(normaliseText("  Hoàn THÀNH,   xuất sắc!  ")).toBe("hoàn thành xuất sắc");
    expect(normaliseText("Hoa\u0300n")).toBe(normaliseText("Hoàn"));
  });
});
