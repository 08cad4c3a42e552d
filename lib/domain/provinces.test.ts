import { describe, expect, test } from "vitest";
import {
  checkProvinceMerger,
  checkProvinceRename,
  mergerLabel,
  nameDayOfYear,
  orderProvinces,
  provinceFamily,
  provinceInForceOn,
  provinceNameOn,
  registerRootOf,
  registerRoots,
  wouldCreateCycle,
  type ProvinceNode,
} from "./provinces";

// The 2025 reorganisation (Nghị quyết số 202/2025/QH15, from 01/07/2025): Kon Tum
// joined Quảng Ngãi; Hà Nam and Nam Định joined Ninh Bình. Huế was Thừa Thiên Huế
// until it became a centrally-run city on 01/01/2025.
const p = (id: string, name: string, mergedIntoId: string | null = null, mergedOn: string | null = null): ProvinceNode => ({
  id,
  name,
  mergedIntoId,
  mergedOn,
});
const QNG = p("qng", "Quảng Ngãi");
const KT = p("kt", "Kon Tum", "qng", "2025-07-01");
const NB = p("nb", "Ninh Bình");
const HNA = p("hna", "Hà Nam", "nb", "2025-07-01");
const ND = p("nd", "Nam Định", "nb", "2025-07-01");
const HUE = p("hue", "Huế");
const CT = p("ct", "Cần Thơ");
const all = [QNG, KT, NB, HNA, ND, HUE, CT];

describe("provinceNameOn", () => {
  const former = [{ name: "Thừa Thiên Huế", until: "2025-01-01" }];
  test.each([
    ["2024-12-31", "Thừa Thiên Huế"],
    ["2025-01-01", "Huế"],
    ["2026-06-30", "Huế"],
  ])("on %s the name is %s", (date, name) => {
    expect(provinceNameOn("Huế", former, date)).toBe(name);
  });

  test("two renames: each period has its own name, in any input order", () => {
    const names = [
      { name: "Tên thứ hai", until: "2020-01-01" },
      { name: "Tên đầu tiên", until: "2010-05-01" },
    ];
    expect([
      provinceNameOn("Tên hiện nay", names, "2009-12-31"),
      provinceNameOn("Tên hiện nay", names, "2015-01-01"),
      provinceNameOn("Tên hiện nay", names, "2020-01-01"),
    ]).toEqual(["Tên đầu tiên", "Tên thứ hai", "Tên hiện nay"]);
  });

  test("without former names the current name is used", () => {
    expect(provinceNameOn("Kon Tum", [], "1990-01-01")).toBe("Kon Tum");
  });
});

describe("nameDayOfYear", () => {
  test.each([
    [2024, null, "2024-12-31"],
    [2024, "2025-07-01", "2024-12-31"],
    [2025, "2025-07-01", "2025-07-01"],
    [2026, "2025-07-01", "2025-07-01"],
  ] as const)("year %s, merged %s → %s", (year, mergedOn, day) => {
    expect(nameDayOfYear(year, mergedOn)).toBe(day);
  });
});

describe("families and registers", () => {
  test("a province with what it absorbed, through chains of mergers", () => {
    const chain = [...all, p("old", "Tỉnh cũ", "hna", "2000-01-01")];
    expect(provinceFamily(chain, "nb")).toEqual(["nb", "hna", "nd", "old"]);
    expect(provinceFamily(chain, "kt")).toEqual(["kt"]);
  });

  test("the roots of a scope: provinces not absorbed by another of the scope", () => {
    expect(registerRoots(all, ["qng", "kt"])).toEqual(["qng"]);
    expect(registerRoots(all, ["kt"])).toEqual(["kt"]);
    expect(registerRoots(all, ["nb", "hna", "nd", "ct"])).toEqual(["nb", "ct"]);
  });

  test("the register a province's agencies are listed in, as far as the scope reaches", () => {
    expect(registerRootOf(all, "kt", null)).toBe("qng");
    expect(registerRootOf(all, "kt", ["kt"])).toBe("kt");
    expect(registerRootOf(all, "hna", ["nb", "hna", "nd"])).toBe("nb");
    expect(registerRootOf(all, "ct", null)).toBe("ct");
  });

  test("the province in force on a day follows mergers that took effect by then", () => {
    expect(provinceInForceOn(all, "kt", "2025-06-30")).toBe("kt");
    expect(provinceInForceOn(all, "kt", "2025-07-01")).toBe("qng");
    expect(provinceInForceOn(all, "nb", "2026-01-01")).toBe("nb");
  });

  test("ordering: current provinces first, then merged ones, in Vietnamese order", () => {
    expect(orderProvinces(all).map((x) => x.name)).toEqual(["Cần Thơ", "Huế", "Ninh Bình", "Quảng Ngãi", "Hà Nam", "Kon Tum", "Nam Định"]);
  });

  test("the merger label", () => {
    expect(mergerLabel("Quảng Ngãi", "2025-07-01")).toBe("đã hợp nhất vào Quảng Ngãi từ 01/07/2025");
  });
});

describe("checkProvinceRename", () => {
  const huế = { ...HUE, formerNames: [{ name: "Thừa Thiên Huế", until: "2025-01-01" }] };
  test("a new name after the last rename is accepted", () => {
    expect(checkProvinceRename({ province: huế, newName: "Thành phố Huế", effectiveOn: "2026-01-01", others: all })).toBeNull();
  });

  test.each([
    ["the same name", { newName: " huế ", effectiveOn: "2026-01-01" }, { name: ["Tên mới trùng với tên hiện tại."] }],
    ["another current province's name", { newName: "Cần Thơ", effectiveOn: "2026-01-01" }, { name: ["Đã có tỉnh, thành phố tên “Cần Thơ”."] }],
    [
      "a day not after the last rename",
      { newName: "Thành phố Huế", effectiveOn: "2025-01-01" },
      { effectiveOn: ["Lần đổi tên trước có hiệu lực từ ngày 01/01/2025: ngày hiệu lực phải sau ngày đó."] },
    ],
  ])("refuses %s", (_label, over, errors) => {
    expect(checkProvinceRename({ province: huế, others: all, ...over })).toEqual(errors);
  });

  test("a merged province is not renamed; a merged province's old name may be reused", () => {
    expect(checkProvinceRename({ province: { ...KT, formerNames: [] }, newName: "Kon Tum mới", effectiveOn: "2026-01-01", others: all })).toEqual({
      name: ["Kon Tum đã hợp nhất từ ngày 01/07/2025: không đổi tên tỉnh đã hợp nhất."],
    });
    expect(checkProvinceRename({ province: { ...QNG, formerNames: [] }, newName: "Kon Tum", effectiveOn: "2026-01-01", others: all })).toBeNull();
  });
});

describe("checkProvinceMerger", () => {
  test("one province into an existing one, or several into a new one", () => {
    expect(checkProvinceMerger(all, ["hue"], { existingId: "qng" })).toBeNull();
    expect(checkProvinceMerger(all, ["hue", "ct"], { newName: "Tỉnh mới" })).toBeNull();
  });

  test.each([
    ["merging into itself", ["hue", "qng"], { existingId: "qng" }, { targetId: ["Không thể hợp nhất Quảng Ngãi vào chính nó."] }],
    [
      "merging into a merged province",
      ["hue"],
      { existingId: "kt" },
      { targetId: ["Kon Tum đã hợp nhất vào Quảng Ngãi: hãy chọn tỉnh, thành phố hiện hành."] },
    ],
    ["a source already merged", ["hna"], { existingId: "qng" }, { sourceIds: ["Hà Nam đã hợp nhất vào Ninh Bình từ ngày 01/07/2025."] }],
    ["an unknown source", ["nowhere"], { existingId: "qng" }, { sourceIds: ["Không tìm thấy tỉnh, thành phố đã chọn."] }],
    ["an unknown target", ["hue"], { existingId: "nowhere" }, { targetId: ["Không tìm thấy tỉnh, thành phố tiếp nhận."] }],
    ["no source", [], { existingId: "qng" }, { sourceIds: ["Vui lòng chọn tỉnh, thành phố được hợp nhất."] }],
    ["a new province from one source", ["hue"], { newName: "Tỉnh mới" }, { sourceIds: ["Lập tỉnh, thành phố mới cần hợp nhất ít nhất hai tỉnh, thành phố."] }],
    ["a new province named like a current one", ["hue", "ct"], { newName: "ninh bình" }, { newName: ["Đã có tỉnh, thành phố tên “Ninh Bình”."] }],
  ])("refuses %s", (_label, sources, target, errors) => {
    expect(checkProvinceMerger(all, sources, target)).toEqual(errors);
  });

  test("a cycle is found even when the data already holds a chain", () => {
    const looped = [p("a", "A", "b", "2025-07-01"), p("b", "B"), p("c", "C")];
    expect(wouldCreateCycle(looped, ["b"], "a")).toBe(true);
    expect(wouldCreateCycle(looped, ["c"], "a")).toBe(false);
    expect(checkProvinceMerger([p("a", "A"), p("b", "B")], ["a"], { existingId: "b" })).toBeNull();
  });
});
