// The nine phases of a live demo year, placed around "today" so that the bloc's stage is open
// (docs/decisions/0005). Pure: days are ISO "yyyy-mm-dd" strings, as in lib/domain/calendar.
//
// The shape is the app's default timetable (defaultPhaseDates: registration from early January,
// self-scoring in November, nominations early the next year): the phases before the stage are that
// timetable squeezed or stretched into 1 January … the day before the stage opens, so they are all
// over; the phases after it keep their default lengths from the day after it closes (shortened only
// if they would pass 31 March of the next year, the last day validatePhaseDates allows).
import { calendarBounds, defaultPhaseDates, validatePhaseDates, type PhaseDates } from "../../../lib/domain/calendar";
import { PHASE_KEYS, type PhaseKey } from "../../../lib/domain/cycle-phase";
import type { PhaseSeed } from "../phases";

/** The phase a live bloc is in today. */
export type LiveStage = "SELF_SCORING" | "VERIFICATION" | "CONFERENCE" | "NOMINATION";

// DEMO: how long the stage has been open and how long it stays open, in days.
const WINDOW: Record<LiveStage, { lead: number; tail: number }> = {
  SELF_SCORING: { lead: 20, tail: 21 },
  VERIFICATION: { lead: 6, tail: 10 },
  CONFERENCE: { lead: 2, tail: 7 },
  NOMINATION: { lead: 7, tail: 21 },
};

const DAY = 86_400_000;
const toNum = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const toIso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return toIso(toNum(iso) + days);
}

/** Maps day `t` of [t0, t1] linearly onto [a0, a1] (a pure shift when both have the same length). */
function mapDay(t: string, t0: string, t1: string, a0: string, a1: string): string {
  const [x, x0, x1, y0, y1] = [t, t0, t1, a0, a1].map(toNum);
  if (y1 <= y0 || x1 <= x0) return a0;
  return toIso(y0 + Math.round(((x - x0) * (y1 - y0)) / (x1 - x0)));
}

/**
 * The year's nine phases with `stage` open on `today` (which must fall in `year`), every phase
 * before it closed and every phase after it still to come. In the first days of January there is
 * no room left before the stage: the earlier phases then share those few days (each at least one).
 * Throws if the result would not pass the app's own check (validatePhaseDates).
 */
export function livePhaseDates(year: number, today: string, stage: LiveStage): PhaseDates[] {
  const { from, to } = calendarBounds(year);
  if (today < `${year}-01-01` || today > `${year}-12-31`) throw new Error(`seed: ngày ${today} không thuộc năm ${year}`);
  const template = new Map(defaultPhaseDates(year).map((p) => [p.key, p]));
  const at = PHASE_KEYS.indexOf(stage);
  const before = PHASE_KEYS.slice(0, at);
  const after = PHASE_KEYS.slice(at + 1);
  const { lead, tail } = WINDOW[stage];

  // Leave a day per earlier phase when today allows it; never open before 1 January.
  const earliest = addDays(from, before.length);
  const opens = [addDays(today, -lead), earliest < today ? earliest : today].sort().at(-1)!;
  const closes = [addDays(today, tail), addDays(to, -after.length)].sort()[0]!;

  const tStage = template.get(stage)!;
  const t0 = template.get(PHASE_KEYS[0])!.opensOn;
  const t1 = addDays(tStage.opensOn, -1);
  const tEnd = template.get(PHASE_KEYS.at(-1)!)!.closesOn;
  const tNext = addDays(tStage.closesOn, 1);
  const next = addDays(closes, 1);
  const span = toNum(tEnd) - toNum(tNext);
  const last = [addDays(next, span), to].sort()[0]!;
  const squeezed = opens <= from; // no day left before the stage

  const phases = PHASE_KEYS.map((key): PhaseDates => {
    const t = template.get(key)!;
    if (key === stage) return { key, opensOn: opens, closesOn: closes };
    if (before.includes(key)) {
      if (squeezed) return { key, opensOn: from, closesOn: from };
      return { key, opensOn: mapDay(t.opensOn, t0, t1, from, addDays(opens, -1)), closesOn: mapDay(t.closesOn, t0, t1, from, addDays(opens, -1)) };
    }
    const lo = (iso: string) => (iso < next ? next : iso);
    return { key, opensOn: lo(mapDay(t.opensOn, tNext, tEnd, next, last)), closesOn: lo(mapDay(t.closesOn, tNext, tEnd, next, last)) };
  });
  const errors = validatePhaseDates(year, phases);
  if (errors) throw new Error(`seed: lịch năm ${year} quanh ngày ${today} không hợp lệ: ${JSON.stringify(errors)}`);
  return phases;
}

/** The same phases as the seed stores them (@db.Date = UTC midnight). */
export function livePhases(year: number, today: string, stage: LiveStage): PhaseSeed[] {
  return livePhaseDates(year, today, stage).map((p) => ({
    key: p.key,
    opensOn: new Date(`${p.opensOn}T00:00:00Z`),
    closesOn: new Date(`${p.closesOn}T00:00:00Z`),
  }));
}

/** One phase's window as ISO days. */
export function windowOf(phases: readonly PhaseDates[], key: PhaseKey): { opensOn: string; closesOn: string } {
  const p = phases.find((x) => x.key === key);
  if (!p) throw new Error(`seed: thiếu giai đoạn ${key}`);
  return { opensOn: p.opensOn, closesOn: p.closesOn };
}
