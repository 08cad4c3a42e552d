import { isoToVn, PHASE_KEYS, PHASE_LABELS, phaseState, type PhaseKey, type PhaseWindow } from "./cycle-phase";
import { SCORING_MODE_LABELS } from "./labels";

/**
 * The yearly calendar's rules (docs/domain/yearly-cycle.md#default-calendar): the default
 * timetable a new cycle starts from, the checks on the dates the secretary
 * sets, on a chair's reopening and on changing the scoring mode. Days are ISO
 * "yyyy-MM-dd" strings; `today` is an argument.
 */
export interface PhaseDates {
  key: PhaseKey;
  opensOn: string;
  closesOn: string;
}

export type FieldErrors = Record<string, string[]>;

/** Up to this many key tasks (nhiệm vụ trọng tâm) per agency and year (docs/domain/yearly-cycle.md#key-tasks). */
export const MAX_KEY_TASKS = 10;

// Typical timing from docs/domain/yearly-cycle.md#cycle-steps (registration by ~25/3, signing late March,
// self-scoring Nov–Dec, conference at year end, dossiers early next year).
// [phase, [month, day] opens, [month, day] closes, year offset]
const TEMPLATE: [PhaseKey, [number, number], [number, number], number][] = [
  ["REGISTRATION", [1, 5], [3, 25], 0],
  ["PLEDGE_SIGNING", [3, 1], [4, 15], 0],
  ["EXECUTION", [4, 16], [10, 31], 0],
  ["MID_YEAR_REVIEW", [7, 1], [7, 31], 0],
  ["SELF_SCORING", [11, 1], [12, 5], 0],
  ["VERIFICATION", [12, 6], [12, 15], 0],
  ["OBJECTION", [12, 16], [12, 20], 0],
  ["CONFERENCE", [12, 21], [12, 31], 0],
  ["NOMINATION", [1, 2], [1, 20], 1],
];

const iso = (year: number, [month, day]: [number, number]) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The nine phases of a new cycle, pre-filled for the secretary to adjust. */
export function defaultPhaseDates(year: number): PhaseDates[] {
  return TEMPLATE.map(([key, opens, closes, offset]) => ({ key, opensOn: iso(year + offset, opens), closesOn: iso(year + offset, closes) }));
}

/** Phases of year N may run from 01/01/N to 31/03/N+1 (nominations and dossiers go out early the next year, docs/domain/yearly-cycle.md#default-calendar). */
export function calendarBounds(year: number): { from: string; to: string } {
  return { from: iso(year, [1, 1]), to: iso(year + 1, [3, 31]) };
}

/** The form field a phase date is entered in, as the schema's error paths name it. */
export function phaseField(key: PhaseKey, end: "opensOn" | "closesOn"): string {
  return `phases.${key}.${end}`;
}

/** Every phase present, each closing on or after it opens, all within the year's bounds; null when valid. */
export function validatePhaseDates(year: number, phases: readonly PhaseDates[]): FieldErrors | null {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const { from, to } = calendarBounds(year);
  const range = `${isoToVn(from)} – ${isoToVn(to)}`;
  for (const key of PHASE_KEYS) {
    const label = PHASE_LABELS[key];
    const phase = phases.find((p) => p.key === key);
    if (!phase) {
      add(phaseField(key, "opensOn"), `Thiếu ngày của giai đoạn “${label}”.`);
      continue;
    }
    if (phase.opensOn < from || phase.opensOn > to) add(phaseField(key, "opensOn"), `Ngày bắt đầu giai đoạn “${label}” phải trong khoảng ${range}.`);
    if (phase.closesOn < from || phase.closesOn > to) add(phaseField(key, "closesOn"), `Ngày kết thúc giai đoạn “${label}” phải trong khoảng ${range}.`);
    if (phase.closesOn < phase.opensOn) {
      add(phaseField(key, "closesOn"), `Ngày kết thúc giai đoạn “${label}” không được trước ngày bắt đầu (${isoToVn(phase.opensOn)}).`);
    }
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

export type ReopenCheck = { ok: true } | { ok: false; field: "phaseId" | "reopenedUntil"; reason: string };

/** Only a closed phase can be reopened, and only until today or later. */
export function checkReopen(phase: PhaseWindow, until: string, today: string): ReopenCheck {
  const label = PHASE_LABELS[phase.key];
  const state = phaseState(phase, today);
  if (state === "UPCOMING") {
    return {
      ok: false,
      field: "phaseId",
      reason: `Giai đoạn “${label}” chưa mở (bắt đầu từ ngày ${isoToVn(phase.opensOn)}); chỉ mở lại được giai đoạn đã kết thúc.`,
    };
  }
  if (state === "OPEN") {
    return { ok: false, field: "phaseId", reason: `Giai đoạn “${label}” đang mở đến ngày ${isoToVn(phase.closesOn)}; chỉ mở lại được giai đoạn đã kết thúc.` };
  }
  if (state === "REOPENED") {
    return {
      ok: false,
      field: "phaseId",
      reason: `Giai đoạn “${label}” đang được mở lại đến ngày ${isoToVn(phase.reopenedUntil!)}; chỉ mở lại được giai đoạn đã kết thúc.`,
    };
  }
  if (until < today) return { ok: false, field: "reopenedUntil", reason: `Ngày mở lại đến phải từ hôm nay (${isoToVn(today)}) trở đi.` };
  return { ok: true };
}

export interface ScoringModeChange {
  current: string;
  next: string;
  /** The SELF_SCORING phase as stored before this save. */
  selfScoring: PhaseWindow | undefined;
  hasScoreSheets: boolean;
  today: string;
}

/**
 * The scoring mode decides who scores whom (self-scoring + verification, or
 * cross-scoring, docs/domain/score-review.md); once agencies have started scoring one way,
 * switching would orphan their sheets. Returns the refusal, or null.
 */
export function checkScoringModeChange(c: ScoringModeChange): string | null {
  if (c.current === c.next) return null;
  const mode = SCORING_MODE_LABELS[c.current] ?? c.current;
  if (c.selfScoring && phaseState(c.selfScoring, c.today) !== "UPCOMING") {
    return `Không thể đổi cách chấm điểm: giai đoạn “${PHASE_LABELS.SELF_SCORING}” đã mở từ ngày ${isoToVn(c.selfScoring.opensOn)}, các cơ quan đã bắt đầu chấm theo cách “${mode}”.`;
  }
  if (c.hasScoreSheets) return `Không thể đổi cách chấm điểm: đã có cơ quan lập bảng tự chấm điểm theo cách “${mode}”.`;
  return null;
}

/**
 * Which years a bloc may open: any past year (to record its history) up to
 * the next one (set up ahead of time); null when `year` may be opened.
 */
export function checkYearToOpen(year: number, today: string): string | null {
  const next = Number(today.slice(0, 4)) + 1;
  return year > next ? `Chỉ lập được năm thi đua đến năm ${next} (năm tới); các năm xa hơn sẽ lập sau.` : null;
}
