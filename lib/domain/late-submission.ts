/**
 * Late submission (docs/decisions/0042-late-submission.md): what happens when an agency submits a
 * step after its phase ended. The year's rule per step is REFUSE (refused with the reason, as every
 * closed phase always was) or PENALTY (accepted for `graceDays` days after the agency's deadline,
 * a deduction from its total in the results; after the grace, refused). The chair may extend one
 * agency's deadline for one step (submitting inside it is on time) or waive its deduction.
 *
 * Days are calendar days in Vietnam ("yyyy-MM-dd"): the phase's last day is on time, the next day is
 * one day late. Pure: the caller passes today (todayInVietnam) and the stored rows.
 */
import { formatNumber } from "@/lib/format";
import { checkPhaseOpen, isoToVn, PHASE_LABELS, REOPEN_HINT, type PhaseKey, type PhaseWindow } from "./cycle-phase";

/** The steps an agency submits by a deadline that the late rule covers. */
export const LATE_STEPS = ["REGISTRATION", "SELF_SCORING"] as const;
export type LateStep = (typeof LATE_STEPS)[number];

export const LATE_STEP_LABELS: Record<LateStep, string> = {
  REGISTRATION: "Nộp đăng ký thi đua",
  SELF_SCORING: "Nộp bảng tự chấm điểm",
};

/** The phase whose end is the step's deadline. */
export const LATE_STEP_PHASE: Record<LateStep, PhaseKey> = { REGISTRATION: "REGISTRATION", SELF_SCORING: "SELF_SCORING" };

export type LateRule =
  | { mode: "REFUSE" }
  | {
      mode: "PENALTY";
      /** Days after the deadline a submission is still accepted (≥ 1). */
      graceDays: number;
      /** FLAT: `points` once, however late; PER_DAY: `points` per day late, at most `maxPoints` (none when null). */
      kind: "FLAT" | "PER_DAY";
      points: number;
      maxPoints: number | null;
    };

export type LateRules = Record<LateStep, LateRule>;

export const DEFAULT_LATE_RULES: LateRules = { REGISTRATION: { mode: "REFUSE" }, SELF_SCORING: { mode: "REFUSE" } };

/** The chair's decision for one agency and one step (DeadlineOverride). */
export interface LateOverride {
  /** Submitting until this day (inclusive) is on time. */
  extendedUntil: string | null;
  /** The deduction is not applied. */
  waived: boolean;
}

export type LateVerdict =
  | { kind: "ON_TIME" }
  /** Accepted late; `points` is the rule's deduction (not applied when `waived`), `deadline` the day it should have come by. */
  | { kind: "LATE"; daysLate: number; points: number; waived: boolean; deadline: string; graceUntil: string }
  | { kind: "REFUSED"; reason: string };

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
export const addDays = (iso: string, days: number) => new Date((dayNumber(iso) + days) * DAY).toISOString().slice(0, 10);
const later = (a: string, b: string | null | undefined) => (b && b > a ? b : a);

/** The deduction for a submission `daysLate` days late under a PENALTY rule (rounded to 2 decimals). */
export function latePoints(rule: Extract<LateRule, { mode: "PENALTY" }>, daysLate: number): number {
  if (daysLate <= 0) return 0;
  const raw = rule.kind === "FLAT" ? rule.points : rule.points * daysLate;
  return Math.round(Math.min(raw, rule.maxPoints ?? Infinity) * 100) / 100;
}

/**
 * The agency's last on-time day for the step: the phase's end, or the chair's reopening of the
 * phase for everyone, or this agency's extension — whichever is latest.
 */
export function agencyDeadline(phase: PhaseWindow, override: LateOverride | null): string {
  return later(later(phase.closesOn, phase.reopenedUntil), override?.extendedUntil);
}

/** Whether a submission of `step` today is on time, late with a deduction, or refused (with the reason). */
export function judgeSubmission(input: {
  step: LateStep;
  phases: readonly PhaseWindow[];
  rule: LateRule;
  override: LateOverride | null;
  today: string;
}): LateVerdict {
  const { step, rule, override, today } = input;
  const key = LATE_STEP_PHASE[step];
  const phase = input.phases.find((p) => p.key === key);
  const open = checkPhaseOpen(input.phases, key, today);
  if (open.open) return { kind: "ON_TIME" };
  if (!phase || today < phase.opensOn) return { kind: "REFUSED", reason: open.reason };

  const deadline = agencyDeadline(phase, override);
  if (today <= deadline) return { kind: "ON_TIME" };
  const extended = override?.extendedUntil && override.extendedUntil === deadline;
  const ended = extended
    ? `Thời hạn gia hạn của cơ quan cho bước “${LATE_STEP_LABELS[step]}” đã hết ngày ${isoToVn(deadline)}.`
    : `Giai đoạn “${PHASE_LABELS[key]}” đã kết thúc ngày ${isoToVn(deadline)}.`;
  if (rule.mode === "REFUSE") return { kind: "REFUSED", reason: `${ended} ${REOPEN_HINT}` };

  const daysLate = dayNumber(today) - dayNumber(deadline);
  const graceUntil = addDays(deadline, rule.graceDays);
  if (daysLate > rule.graceDays) {
    return {
      kind: "REFUSED",
      reason: `${ended} Thời hạn nộp muộn (${rule.graceDays} ngày) đã hết ngày ${isoToVn(graceUntil)}. ${REOPEN_HINT}`,
    };
  }
  const waived = override?.waived ?? false;
  return { kind: "LATE", daysLate, points: latePoints(rule, daysLate), waived, deadline, graceUntil };
}

/** "Trừ điểm nộp muộn (3 ngày)": the line that explains the deduction wherever the total is explained. */
export function lateLineLabel(daysLate: number): string {
  return `Trừ điểm nộp muộn (${daysLate} ngày)`;
}

/** The warning shown before a late submission is confirmed. */
export function lateWarning(step: LateStep, verdict: Extract<LateVerdict, { kind: "LATE" }>): string {
  const deduction = verdict.waived ? "Trưởng khối đã miễn trừ điểm cho cơ quan." : `Cơ quan sẽ bị trừ ${formatNumber(verdict.points)} điểm vào tổng điểm.`;
  return `${LATE_STEP_LABELS[step]} muộn ${verdict.daysLate} ngày (hạn ${isoToVn(verdict.deadline)}; nhận nộp muộn đến hết ngày ${isoToVn(verdict.graceUntil)}). ${deduction}`;
}

/** What a rule says in words, for the settings page. */
export function describeLateRule(rule: LateRule): string {
  if (rule.mode === "REFUSE") return "Không nhận nộp muộn";
  const how =
    rule.kind === "FLAT"
      ? `trừ ${formatNumber(rule.points)} điểm`
      : `trừ ${formatNumber(rule.points)} điểm mỗi ngày${rule.maxPoints !== null ? `, tối đa ${formatNumber(rule.maxPoints)} điểm` : ""}`;
  return `Nhận nộp muộn trong ${rule.graceDays} ngày, ${how}`;
}

/**
 * Whether the chair may extend an agency's deadline for a step until `until`: after the phase's
 * end (else it changes nothing), from today on, and not once the agency already submitted late
 * (its deduction is then waived, not moved). Returns the refusal, or null.
 */
export function checkExtension(input: { step: LateStep; phase: PhaseWindow | undefined; until: string; today: string; alreadyLate: boolean }): string | null {
  const { step, phase, until, today } = input;
  const label = PHASE_LABELS[LATE_STEP_PHASE[step]];
  if (!phase) return `Chưa đặt lịch cho giai đoạn “${label}”.`;
  if (input.alreadyLate)
    return `Cơ quan đã nộp muộn bước “${LATE_STEP_LABELS[step]}”: không thể gia hạn nữa; Trưởng khối có thể miễn trừ điểm nộp muộn, kèm lý do.`;
  if (until <= phase.closesOn) return `Ngày gia hạn phải sau ngày kết thúc giai đoạn “${label}” (${isoToVn(phase.closesOn)}).`;
  if (until < today) return `Ngày gia hạn phải từ hôm nay (${isoToVn(today)}) trở đi.`;
  return null;
}

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Cycle.rules after saving the late rules: every other key kept, and unknown steps inside lateSubmission too. */
export function mergeLateRules(stored: unknown, rules: LateRules): Record<string, unknown> {
  const raw = asObject(stored);
  return { ...raw, lateSubmission: { ...asObject(raw.lateSubmission), ...rules } };
}
