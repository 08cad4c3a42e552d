/**
 * Points of one entry, by criterion type (docs/domain/scoring.md#criterion-types [S59]: Định lượng, Định tính,
 * Chấm thẳng, Cộng/Trừ; docs/domain/edge-cases.md#case-7 "every score is clamped to [min, max]").
 * Value errors are returned as status INVALID with a Vietnamese message; the entry then counts 0.
 * Quantitative criteria that need the whole bloc (leader formula, zero or missing target) are
 * computed by leader-relative.ts; here they come back as NEEDS_BLOC.
 */
import { clamp } from "./round";
import { nodeLabel } from "./tree";
import type { CriterionDef, CriterionPoints, EntryInput, ScoringErrorCode } from "./types";

function scored(def: CriterionDef, points: number, vetoed = false): CriterionPoints {
  return { criterionId: def.id, status: "SCORED", points, vetoed };
}

function invalid(def: CriterionDef, code: ScoringErrorCode, detail: string): CriterionPoints {
  const error = { criterionId: def.id, code, message: `${nodeLabel(def)}: ${detail}` };
  return { criterionId: def.id, status: "INVALID", points: 0, vetoed: false, error };
}

const missing = (def: CriterionDef): CriterionPoints => ({ criterionId: def.id, status: "MISSING", points: 0, vetoed: false });
export const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;

/** The upper bound of COUNT and BONUS lines: cap ?? max, never above max. */
function upper(def: CriterionDef): number {
  return Math.min(def.cap ?? def.maxPoints, def.maxPoints);
}

/** Missing entry, N/A, or a group: the outcome before looking at the value. */
function precheck(def: CriterionDef, entry: EntryInput | undefined): CriterionPoints | null {
  if (def.type === "GROUP") return invalid(def, "GROUP_NOT_SCORED", "điểm của nhóm là tổng điểm các tiêu chí con, không nhập trực tiếp.");
  if (!entry) return missing(def);
  if (entry.isNA) {
    // docs/domain/scoring.md#not-applicable: N/A only where the table allows it, and it rescales instead of scoring 0.
    if (def.allowNA) return { criterionId: def.id, status: "NA", points: 0, vetoed: false };
    return invalid(def, "NA_NOT_ALLOWED", "tiêu chí này không được đánh dấu “không áp dụng”.");
  }
  return null;
}

/** Points a person decided (verified, cross-scored, final — docs/domain/score-review.md#three-columns), clamped to the range. */
export function decided(def: CriterionDef, points: number): CriterionPoints {
  if (!Number.isFinite(points)) return invalid(def, "BAD_VALUE", "số điểm không hợp lệ.");
  if (def.type === "PENALTY") return scored(def, clamp(points, 0, def.cap ?? Infinity));
  return scored(def, clamp(points, def.minPoints, def.type === "BONUS" || def.type === "COUNT" ? upper(def) : def.maxPoints));
}

/** A count of occurrences: a non-negative whole number. */
function readCount(def: CriterionDef, entry: EntryInput): { count: number; perUnit: number } | CriterionPoints {
  if (!given(entry.value)) return missing(def);
  if (!Number.isInteger(entry.value) || entry.value < 0) return invalid(def, "BAD_VALUE", "số lần phải là số nguyên không âm.");
  if (!given(def.pointsPerUnit)) return invalid(def, "MISSING_RULE", "bảng tiêu chí chưa đặt số điểm cho mỗi lần.");
  return { count: entry.value, perUnit: def.pointsPerUnit };
}

export type QuantInput = { kind: "TARGET"; actual: number; target: number } | { kind: "NO_TARGET"; actual: number } | { kind: "DONE"; result: CriterionPoints };

/**
 * Actual vs target of a QUANTITATIVE entry; a zero or missing target is "no target"
 * (docs/domain/scoring.md#leader-relative, docs/domain/edge-cases.md#case-7). Decided `points` are not
 * looked at here: actual and target stay facts of the bloc.
 */
export function readQuantitative(def: CriterionDef, entry: EntryInput | undefined): QuantInput {
  const early = precheck(def, entry);
  if (early) return { kind: "DONE", result: early };
  const { actual, target } = entry!;
  if (!given(actual)) return { kind: "DONE", result: missing(def) };
  const bad = !Number.isFinite(actual) || actual < 0 || (given(target) && (!Number.isFinite(target) || target < 0));
  if (bad) return { kind: "DONE", result: invalid(def, "BAD_VALUE", "kết quả thực hiện và chỉ tiêu phải là số không âm.") };
  if (!given(target) || target === 0) return { kind: "NO_TARGET", actual };
  return { kind: "TARGET", actual, target };
}

export function criterionPoints(def: CriterionDef, entry: EntryInput | undefined): CriterionPoints {
  if (def.type === "QUANTITATIVE") {
    const early = precheck(def, entry);
    if (early) return early;
    if (given(entry!.points)) return decided(def, entry!.points);
    const q = readQuantitative(def, entry);
    if (q.kind === "DONE") return q.result;
    if (q.kind === "NO_TARGET" || def.useLeaderFormula) {
      return invalid(def, "NEEDS_BLOC", "điểm được tính theo số liệu của cả khối.");
    }
    // Without the leader formula: reaching the target earns the max, pro rata below it.
    return scored(def, clamp((def.maxPoints * Math.min(q.actual, q.target)) / q.target, def.minPoints, def.maxPoints));
  }
  const early = precheck(def, entry);
  if (early) return early;
  const e = entry!;
  if (def.type !== "GATE" && given(e.points)) return decided(def, e.points);

  switch (def.type) {
    case "GRADED": {
      if (!given(e.value)) return missing(def);
      const level = def.levels?.find((l) => l.order === e.value);
      if (!level) return invalid(def, "UNKNOWN_LEVEL", `mức ${e.value} không có trong bảng tiêu chí.`);
      return scored(def, clamp(level.points, def.minPoints, def.maxPoints));
    }
    case "YES_NO": {
      // Định tính ([S59]): achieved → max, else 0.
      if (!given(e.value)) return missing(def);
      if (e.value !== 0 && e.value !== 1) return invalid(def, "BAD_VALUE", "chỉ nhận 1 (đạt) hoặc 0 (không đạt).");
      return scored(def, clamp(e.value === 1 ? def.maxPoints : 0, def.minPoints, def.maxPoints));
    }
    case "GATE": {
      // docs/domain/scoring.md#gates: a veto, whatever the score; it gives no points.
      if (!given(e.value)) return missing(def);
      if (e.value !== 0 && e.value !== 1) return invalid(def, "BAD_VALUE", "chỉ nhận 1 (có xảy ra) hoặc 0 (không xảy ra).");
      return scored(def, 0, e.value === 1);
    }
    case "COUNT": {
      // Chấm thẳng ([S59]): count × points, capped. A negative rate counts down from the
      // max, floored at the min — criterion 13 of docs/domain/scoring.md#worked-example, "−1 per absence, floor 0".
      const c = readCount(def, e);
      if ("status" in c) return c;
      const raw = c.perUnit < 0 ? def.maxPoints + c.count * c.perUnit : Math.min(c.count * c.perUnit, upper(def));
      return scored(def, clamp(raw, def.minPoints, def.maxPoints));
    }
    case "BONUS": {
      const c = readCount(def, e);
      if ("status" in c) return c;
      return scored(def, clamp(Math.min(c.count * c.perUnit, upper(def)), def.minPoints, def.maxPoints));
    }
    case "PENALTY": {
      // A deduction, reported separately and never negative; the sign of the rate is ignored
      // (tables write "−2 per time"). maxPoints does not bound it: a deduction line adds
      // nothing to the scale. Its cap (an optional floor) bounds it.
      const c = readCount(def, e);
      if ("status" in c) return c;
      return scored(def, Math.min(c.count * Math.abs(c.perUnit), def.cap ?? Infinity));
    }
  }
  return invalid(def, "BAD_VALUE", "loại tiêu chí không hợp lệ.");
}
