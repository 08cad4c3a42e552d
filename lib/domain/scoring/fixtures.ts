/**
 * Test fixture: the worked example table of docs/domain/scoring.md#worked-example ("Bảng tiêu chí chấm điểm thi đua Khối
 * các cơ quan Đảng tỉnh năm 20XX", 100 points + bonus up to 10) — an [I] composite, realistic
 * seed data, not a legal table. Level points are ours (the domain gives only the maxima and,
 * for criterion 5, 5 / 3 / 0). Four agencies reuse the worked quantitative example there.
 */
import { DEFAULT_BANDS, DEFAULT_TIE_BREAK, type CriterionDef, type CriterionLevelDef, type EntryInput, type ScoringRules } from "./types";

type Extra = Partial<Omit<CriterionDef, "id" | "code" | "parentId" | "type" | "maxPoints">>;

export function def(id: string, code: string, parentId: string | null, type: CriterionDef["type"], maxPoints: number, extra: Extra = {}): CriterionDef {
  return { id, code, parentId, type, maxPoints, minPoints: 0, allowNA: false, useLeaderFormula: false, ...extra };
}

/** Levels from best (order 1) down: levels(15, 12, 9, 0). */
export function levels(...points: number[]): CriterionLevelDef[] {
  return points.map((p, i) => ({ order: i + 1, points: p }));
}

export const WORKED_TABLE: CriterionDef[] = [
  def("g1", "I", null, "GROUP", 50),
  // Leader-relative: reaching the target is only 50% of the max, so this criterion has its
  // own floor of 50% — otherwise only the bloc's leader could ever reach Tốt or Xuất sắc.
  def("c1", "1", "g1", "QUANTITATIVE", 20, { useLeaderFormula: true, floorPct: 50 }),
  def("c2", "2", "g1", "GRADED", 15, { levels: levels(15, 12, 9, 0) }),
  def("c3", "3", "g1", "GRADED", 5, { levels: levels(5, 3, 0) }),
  // "Hướng dẫn cấp dưới": N/A for Báo or Trường Chính trị (docs/domain/edge-cases.md#case-8).
  def("c4", "4", "g1", "COUNT", 10, { pointsPerUnit: 2, cap: 10, allowNA: true }),
  def("g2", "II", null, "GROUP", 15),
  def("c5", "5", "g2", "GRADED", 5, { levels: levels(5, 3, 0) }),
  def("c6", "6", "g2", "GRADED", 3, { levels: levels(3, 2, 0) }),
  def("c7", "7", "g2", "YES_NO", 4),
  def("c8", "8", "g2", "GRADED", 3, { levels: levels(3, 2, 0) }),
  def("g3", "III", null, "GROUP", 15),
  def("c9", "9", "g3", "YES_NO", 3),
  def("c10", "10", "g3", "GRADED", 4, { levels: levels(4, 3, 2, 0) }),
  def("c11", "11", "g3", "COUNT", 4, { pointsPerUnit: 1, cap: 4 }),
  def("c12", "12", "g3", "YES_NO", 4),
  def("g4", "IV", null, "GROUP", 10),
  def("c13", "13", "g4", "COUNT", 4, { pointsPerUnit: -1 }), // −1 per absence, floor 0
  def("c14", "14", "g4", "YES_NO", 3),
  def("c15", "15", "g4", "GRADED", 3, { levels: levels(3, 2, 1, 0) }),
  def("g5", "V", null, "GROUP", 10),
  def("c16", "16", "g5", "GRADED", 4, { levels: levels(4, 3, 2, 0) }),
  def("c17", "17", "g5", "GRADED", 3, { levels: levels(3, 2, 1, 0) }),
  def("c18", "18", "g5", "YES_NO", 3),
  // Điểm thưởng (tối đa +10).
  def("bonus", "+", null, "GROUP", 10),
  def("b1", "+1", "bonus", "BONUS", 4, { pointsPerUnit: 2 }), // sáng kiến: +2 each, max +4
  def("b2", "+2", "bonus", "GROUP", 4), // khen đột xuất / chuyên đề: max +4
  def("b2a", "+2a", "b2", "BONUS", 4, { pointsPerUnit: 3 }), // Bằng khen TTg +3
  def("b2b", "+2b", "b2", "BONUS", 4, { pointsPerUnit: 2 }), // Bằng khen UBND tỉnh / Tỉnh ủy +2
  def("b3", "+3", "bonus", "BONUS", 2, { pointsPerUnit: 2 }), // nhiệm vụ đột xuất được ghi nhận +2
  // Điểm trừ (no floor).
  def("pen", "-", null, "GROUP", 0),
  def("p1", "-1", "pen", "PENALTY", 0, { pointsPerUnit: 1 }), // báo cáo, bảng điểm chậm: −1 per time
  def("p2", "-2", "pen", "PENALTY", 0, { pointsPerUnit: 2 }), // vắng hội nghị khối không lý do: −2
  def("p3", "-3", "pen", "PENALTY", 0, { pointsPerUnit: 2 }), // bị phê bình bằng văn bản: −2
  def("p4", "-4", "pen", "PENALTY", 0, { pointsPerUnit: 3 }), // kỷ luật khiển trách: −3 per case
  def("p5", "-5", "pen", "PENALTY", 0, { pointsPerUnit: 5 }), // cảnh cáo trở lên: −5 per case
  // Điều kiện loại trừ (veto).
  def("veto", "LT", null, "GROUP", 0),
  def("x1", "LT1", "veto", "GATE", 0), // tập thể bị kỷ luật
  def("x2", "LT2", "veto", "GATE", 0), // cá nhân bị kỷ luật từ cảnh cáo trở lên
  def("x3", "LT3", "veto", "GATE", 0), // tham nhũng, mất đoàn kết nghiêm trọng
  def("x4", "LT4", "veto", "GATE", 0), // tổ chức đảng không đạt HTTNV
];

export const WORKED_RULES: ScoringRules = { scale: 100, bonusCap: 10, bands: DEFAULT_BANDS, tieBreak: DEFAULT_TIE_BREAK };

/** Every criterion at full marks, nothing extra: no bonus, no penalty, no veto. */
const PERFECT: Record<string, Partial<EntryInput>> = {
  c1: { actual: 10, target: 10 },
  c2: { value: 1 },
  c3: { value: 1 },
  c4: { value: 5 },
  c5: { value: 1 },
  c6: { value: 1 },
  c7: { value: 1 },
  c8: { value: 1 },
  c9: { value: 1 },
  c10: { value: 1 },
  c11: { value: 4 },
  c12: { value: 1 },
  c13: { value: 0 },
  c14: { value: 1 },
  c15: { value: 1 },
  c16: { value: 1 },
  c17: { value: 1 },
  c18: { value: 1 },
  b1: { value: 0 },
  b2a: { value: 0 },
  b2b: { value: 0 },
  b3: { value: 0 },
  p1: { value: 0 },
  p2: { value: 0 },
  p3: { value: 0 },
  p4: { value: 0 },
  p5: { value: 0 },
  x1: { value: 0 },
  x2: { value: 0 },
  x3: { value: 0 },
  x4: { value: 0 },
};

/** A full sheet: PERFECT with some entries replaced. */
export function sheet(overrides: Record<string, Partial<EntryInput>> = {}): EntryInput[] {
  return Object.entries({ ...PERFECT, ...overrides }).map(([criterionId, e]) => ({ criterionId, isNA: false, ...e }));
}

/** The four agencies of the worked quantitative example (docs/domain/scoring.md#worked-example), with realistic sheets. */
export const WORKED_BLOC: Record<string, EntryInput[]> = {
  "ban-to-chuc": sheet({
    c1: { actual: 12, target: 10 },
    c2: { value: 2 }, // 12 of 15 = 80%
    c4: { value: 6 }, // 6 × 2 = 12, capped at 10
    b1: { value: 3 }, // 3 × 2 = 6, capped at 4
    b2a: { value: 1 }, // 3 ┐ 5, group capped at 4
    b2b: { value: 1 }, // 2 ┘
    b3: { value: 1 }, // 2
    p1: { value: 2 }, // 2 late reports: −2
    p3: { value: 1 }, // 1 written criticism: −2
  }),
  ubkt: sheet({ c1: { actual: 11, target: 10 } }),
  "van-phong": sheet({
    c1: { actual: 8, target: 8 },
    p5: { value: 1 }, // one official warned: −5
    x2: { value: 1 }, // … which is also a veto
  }),
  "truong-chinh-tri": sheet({
    c1: { actual: 9, target: 10 },
    c2: { value: 2 }, // 12
    c4: { isNA: true }, // no lower level to guide
    c5: { value: 2 }, // 3
    c11: { value: 2 }, // 2
    c13: { value: 1 }, // one absence: 3
    c16: { value: 2 }, // 3
    p2: { value: 1 }, // absent from a bloc meeting: −2
  }),
};
