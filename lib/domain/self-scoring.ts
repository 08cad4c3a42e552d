/**
 * Self-scoring rules ("Tự chấm", docs/domain/score-review.md#complete-before-submit): what an agency's sheet still lacks before its leader
 * may submit it, and how a stored entry becomes the engine's input. Pure: plain data in and out.
 */
import type { CriterionPoints, CriterionType, EntryInput } from "./scoring/types";

export interface SheetCriterion {
  id: string;
  code: string;
  name: string;
  type: CriterionType;
  evidenceRequired: boolean;
}

export interface SheetEntry {
  criterionId: string;
  isNA: boolean;
  selfInput: number | null;
  actual: number | null;
  target: number | null;
  fileCount: number;
}

export type GapReason = "NOT_SCORED" | "NO_EVIDENCE";

export interface SheetGap {
  criterionId: string;
  code: string;
  name: string;
  reason: GapReason;
}

/** Has this entry a value the engine can score (or is it marked N/A)? QUANTITATIVE needs the actual. */
export function hasValue(type: CriterionType, entry: Pick<SheetEntry, "isNA" | "actual" | "selfInput"> | null | undefined): boolean {
  if (!entry) return false;
  if (entry.isNA) return true;
  if (type === "QUANTITATIVE") return entry.actual !== null;
  return entry.selfInput !== null;
}

/**
 * Criteria whose empty row means "none": a gate left unticked is no violation, a bonus or penalty
 * left empty is no bonus or penalty (0). The agency records only what happened, instead of saving
 * a 0 on every such row (docs/domain/score-review.md#complete-before-submit).
 */
export function emptyMeansNone(type: CriterionType): boolean {
  return type === "GATE" || type === "BONUS" || type === "PENALTY";
}

/** A row that must be scored (or marked N/A) before submission. */
export interface ScorableRow {
  id: string;
  type: CriterionType;
}

/** The rows that must be scored: every leaf except those whose empty row means "none". */
export function scorableRows(criteria: readonly { id: string; type: CriterionType }[]): ScorableRow[] {
  return criteria.filter((c) => c.type !== "GROUP" && !emptyMeansNone(c.type)).map((c) => ({ id: c.id, type: c.type }));
}

/**
 * How many of the rows are scored, read through `field` (a form's fields, or the stored entry's
 * as text): N/A ticked, or the actual (QUANTITATIVE) or the value typed. The sheet's counter.
 */
export function countScored(
  rows: readonly ScorableRow[],
  field: (criterionId: string, name: "isNA" | "value" | "actual") => string | null | undefined,
): number {
  const filled = (v: string | null | undefined) => v !== null && v !== undefined && v.trim() !== "";
  return rows.filter((r) => filled(field(r.id, "isNA")) || filled(field(r.id, r.type === "QUANTITATIVE" ? "actual" : "value"))).length;
}

/**
 * Everything missing before submission, in table order: every leaf criterion except those whose
 * empty row means "none" needs a value or N/A; every evidence-required criterion needs at least
 * one file. Groups are never scored. An empty list means the sheet may be submitted.
 */
export function submissionGaps(criteria: readonly SheetCriterion[], entries: readonly SheetEntry[]): SheetGap[] {
  const byCriterion = new Map(entries.map((e) => [e.criterionId, e]));
  const gaps: SheetGap[] = [];
  for (const c of criteria) {
    if (c.type === "GROUP") continue;
    const entry = byCriterion.get(c.id);
    const gap = (reason: GapReason) => gaps.push({ criterionId: c.id, code: c.code, name: c.name, reason });
    if (!emptyMeansNone(c.type) && !hasValue(c.type, entry)) gap("NOT_SCORED");
    if (c.evidenceRequired && (entry?.fileCount ?? 0) < 1) gap("NO_EVIDENCE");
  }
  return gaps;
}

const GAP_TEXT: Record<GapReason, string> = { NOT_SCORED: "chưa chấm điểm", NO_EVIDENCE: "chưa có minh chứng" };

/** One line per gap, e.g. "1.2 Công tác tuyên truyền: chưa có minh chứng". */
export function describeGaps(gaps: readonly SheetGap[]): string[] {
  return gaps.map((g) => `${g.code} ${g.name}: ${GAP_TEXT[g.reason]}`);
}

/**
 * A stored self-scoring entry as the engine's input. A gate, bonus or penalty with no entry (or
 * an entry without a value) is "none", value 0 (emptyMeansNone).
 */
export function toEngineEntry(
  type: CriterionType,
  criterionId: string,
  entry: Omit<SheetEntry, "fileCount" | "criterionId"> | undefined,
): EntryInput | undefined {
  if (!entry) return emptyMeansNone(type) ? { criterionId, isNA: false, value: 0 } : undefined;
  if (type === "QUANTITATIVE") return { criterionId, isNA: entry.isNA, actual: entry.actual, target: entry.target };
  return { criterionId, isNA: entry.isNA, value: emptyMeansNone(type) && entry.selfInput === null ? 0 : entry.selfInput };
}

export interface EntryValues {
  isNA: boolean;
  value: number | null;
  actual: number | null;
  target: number | null;
}

/**
 * The typed value fits the criterion's type? Field errors by form field name, or null.
 * An empty value is allowed (a draft); N/A only where the table allows it.
 */
export function checkEntryValues(
  c: { type: CriterionType; allowNA: boolean; levels: readonly { order: number }[] },
  v: EntryValues,
): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (v.isNA && !c.allowNA) errors.isNA = ["Tiêu chí này không được đánh dấu “không áp dụng”."];
  if (!v.isNA && v.value !== null) {
    if (c.type === "GRADED" && !c.levels.some((l) => l.order === v.value)) errors.value = ["Vui lòng chọn một mức đạt có trong bảng tiêu chí."];
    if ((c.type === "YES_NO" || c.type === "GATE") && v.value !== 0 && v.value !== 1) errors.value = ["Vui lòng chọn Có hoặc Không."];
    if ((c.type === "COUNT" || c.type === "BONUS" || c.type === "PENALTY") && (!Number.isInteger(v.value) || v.value < 0))
      errors.value = ["Số lượng phải là số nguyên không âm."];
  }
  if (!v.isNA && c.type === "QUANTITATIVE" && v.actual === null && v.target !== null) errors.actual = ["Vui lòng nhập kết quả thực hiện."];
  return Object.keys(errors).length > 0 ? errors : null;
}

/** The points stored as selfPoints: scored points inside the entry's range, otherwise none. */
export function storablePoints(p: CriterionPoints, c: { minPoints: number; maxPoints: number }): number | null {
  if (p.status !== "SCORED") return null;
  const rounded = Math.round(p.points * 100) / 100;
  return rounded >= c.minPoints && rounded <= c.maxPoints ? rounded : null;
}
