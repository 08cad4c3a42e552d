import { describe, expect, test } from "vitest";
import { def, levels, WORKED_TABLE } from "./fixtures";
import type { CriterionDef } from "./types";
import { validateTable } from "./validate-table";

/** The worked table with some nodes replaced (by id) or added. */
function edit(changes: Record<string, Partial<CriterionDef>>, added: CriterionDef[] = []): CriterionDef[] {
  return [...WORKED_TABLE.map((c) => (changes[c.id] ? { ...c, ...changes[c.id] } : c)), ...added];
}
const messages = (criteria: CriterionDef[], scale = 100, bonusCap: number | null = 10) => validateTable(criteria, { scale, bonusCap }).map((i) => i.message);

describe("validateTable (docs/domain/edge-cases.md#case-5)", () => {
  test("the worked table of docs/domain/scoring.md#worked-example is valid (bonus lines adding past their group's cap are allowed)", () => {
    expect(validateTable(WORKED_TABLE, { scale: 100, bonusCap: 10 })).toEqual([]);
  });

  test.each<[string, CriterionDef[], number, string[]]>([
    [
      "children's maxima above the group's max",
      edit({ c3: { maxPoints: 7, levels: levels(7, 3, 0) } }),
      100,
      ["Nhóm I: tổng điểm tối đa của các tiêu chí con (52) vượt điểm tối đa của nhóm (50)."],
    ],
    ["children summing below the group's max are allowed", edit({ c3: { maxPoints: 4, levels: levels(4, 3, 0) } }), 100, []],
    [
      "decimals are written the Vietnamese way",
      edit({ g4: { maxPoints: 7.5 } }),
      97.5,
      ["Nhóm IV: tổng điểm tối đa của các tiêu chí con (10) vượt điểm tối đa của nhóm (7,5)."],
    ],
    [
      "0.1 + 0.2 children under a 0.3 group are not “above” it",
      [def("g", "I", null, "GROUP", 0.3), def("a", "1", "g", "YES_NO", 0.1), def("b", "2", "g", "YES_NO", 0.2)],
      0.3,
      [],
    ],
    ["the base groups must sum exactly to the scale", WORKED_TABLE, 1000, ["Tổng điểm tối đa của các nhóm tiêu chí (100) phải bằng thang điểm (1.000)."]],
    ["bonus, penalty and gate groups are outside the scale", edit({ bonus: { maxPoints: 30 } }), 100, []],
    ["a graded criterion needs levels", edit({ c2: { levels: [] } }), 100, ["Tiêu chí 2: tiêu chí chấm theo mức phải có ít nhất một mức."]],
    ["a level above the max", edit({ c2: { levels: levels(16, 12, 0) } }), 100, ["Tiêu chí 2: mức 1 có 16 điểm, ngoài khoảng từ 0 đến 15."]],
    ["a level below the min", edit({ c2: { minPoints: 1 } }), 100, ["Tiêu chí 2: mức 4 có 0 điểm, ngoài khoảng từ 1 đến 15."]],
    [
      "two levels with the same order",
      edit({
        c2: {
          levels: [
            { order: 1, points: 15 },
            { order: 1, points: 10 },
          ],
        },
      }),
      100,
      ["Tiêu chí 2: thứ tự mức 1 bị trùng."],
    ],
    ["codes are unique", edit({ c6: { code: "5" } }), 100, ["Mã “5” bị trùng (2 tiêu chí)."]],
    ["codes are unique after trimming spaces", edit({ c6: { code: " 5 " } }), 100, ["Mã “5” bị trùng (2 tiêu chí)."]],
    ["every criterion has a code", edit({ c6: { code: " " } }), 100, ["Có tiêu chí chưa có mã."]],
    ["only a group has children", edit({ c8: { parentId: "c7" } }), 100, ["Tiêu chí 7: có tiêu chí con nên phải là nhóm."]],
    ["an empty group", edit({}, [def("g6", "VI", null, "GROUP", 0)]), 100, ["Nhóm VI: nhóm chưa có tiêu chí con."]],
    [
      "a group mixing scored criteria and bonus lines",
      edit({}, [def("bx", "+9", "g2", "BONUS", 1, { pointsPerUnit: 1 })]),
      100,
      ["Nhóm II: không được để chung tiêu chí chấm điểm, điểm thưởng và điểm trừ trong một nhóm."],
    ],
    ["a gate inside a base group is fine", edit({}, [def("x9", "LT9", "g2", "GATE", 0)]), 100, []],
    ["an unknown parent", edit({}, [def("z", "Z", "nowhere", "YES_NO", 0)]), 100, ["Tiêu chí Z: không tìm thấy nhóm cha."]],
    [
      "a parent cycle",
      edit({}, [def("k1", "K1", "k2", "GROUP", 0), def("k2", "K2", "k1", "GROUP", 0)]),
      100,
      [
        "Nhóm K1: không nối được tới nhóm gốc vì cây tiêu chí bị vòng lặp (một tiêu chí là cha của chính nó).",
        "Nhóm K2: không nối được tới nhóm gốc vì cây tiêu chí bị vòng lặp (một tiêu chí là cha của chính nó).",
      ],
    ],
    [
      "a criterion that is its own parent",
      edit({}, [def("k", "K", "k", "GROUP", 0)]),
      100,
      ["Nhóm K: không nối được tới nhóm gốc vì cây tiêu chí bị vòng lặp (một tiêu chí là cha của chính nó)."],
    ],
    ["min above max", edit({ c7: { minPoints: 5 } }), 100, ["Tiêu chí 7: điểm tối thiểu (5) lớn hơn điểm tối đa (4)."]],
    [
      "a negative max",
      edit({}, [def("neg", "N", "g2", "GATE", -1)]),
      100,
      ["Tiêu chí N: điểm tối thiểu (0) lớn hơn điểm tối đa (-1).", "Tiêu chí N: điểm tối đa không được âm."],
    ],
    ["a floor above 100%", edit({ c1: { floorPct: 120 } }), 100, ["Tiêu chí 1: ngưỡng tối thiểu phải từ 0 đến 100%."]],
    ["a negative floor", edit({ c1: { floorPct: -1 } }), 100, ["Tiêu chí 1: ngưỡng tối thiểu phải từ 0 đến 100%."]],
    ["a negative cap", edit({ c4: { cap: -1 } }), 100, ["Tiêu chí 4: mức trần không được âm."]],
    ["a count without points per occurrence", edit({ c11: { pointsPerUnit: null } }), 100, ["Tiêu chí 11: chưa đặt số điểm cho mỗi lần."]],
    ["a penalty with 0 points per occurrence", edit({ p1: { pointsPerUnit: 0 } }), 100, ["Tiêu chí -1: chưa đặt số điểm cho mỗi lần."]],
    ["a bonus with negative points per occurrence", edit({ b1: { pointsPerUnit: -2 } }), 100, ["Tiêu chí +1: điểm thưởng mỗi lần phải là số dương."]],
    ["a penalty written as −2 per time is fine (the sign is ignored)", edit({ p2: { pointsPerUnit: -2 } }), 100, []],
    [
      "the leader formula only on a quantitative criterion",
      edit({ c7: { useLeaderFormula: true } }),
      100,
      ["Tiêu chí 7: chỉ tiêu chí định lượng mới tính theo đơn vị dẫn đầu."],
    ],
  ])("%s", (_name, criteria, scale, expected) => {
    expect(messages(criteria, scale)).toEqual(expected);
  });

  test("a negative bonus cap", () => {
    expect(messages(WORKED_TABLE, 100, -1)).toEqual(["Điểm thưởng tối đa không được âm."]);
  });

  test("each issue names the criterion it is about, or null for the table", () => {
    const issues = validateTable(edit({ c7: { minPoints: 5 } }), { scale: 1000 });
    expect(issues.map((i) => i.criterionId)).toEqual(["c7", null]);
  });
});
