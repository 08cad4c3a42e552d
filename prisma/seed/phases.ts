// The yearly timetable of a cycle (docs/domain/yearly-cycle.md#default-calendar). Each province's year-end
// guidance sets the real deadlines; these defaults follow the typical timing
// in docs/domain/yearly-cycle.md#cycle-steps (registration by ~25/3, signing late March, self-scoring in
// Nov–Dec, conference at year end, dossiers sent early the next year).
// DEMO: the exact days are invented; every one is editable per cycle.
import type { PhaseKey } from "../../lib/generated/prisma/client";
import { d } from "./util";

export interface PhaseSeed {
  key: PhaseKey;
  opensOn: Date;
  closesOn: Date;
}

export function defaultPhases(year: number): PhaseSeed[] {
  return [
    { key: "REGISTRATION", opensOn: d(year, 1, 5), closesOn: d(year, 3, 25) },
    { key: "PLEDGE_SIGNING", opensOn: d(year, 3, 1), closesOn: d(year, 4, 15) },
    { key: "EXECUTION", opensOn: d(year, 4, 16), closesOn: d(year, 10, 31) },
    { key: "MID_YEAR_REVIEW", opensOn: d(year, 7, 1), closesOn: d(year, 7, 31) },
    { key: "SELF_SCORING", opensOn: d(year, 11, 1), closesOn: d(year, 12, 5) },
    { key: "VERIFICATION", opensOn: d(year, 12, 6), closesOn: d(year, 12, 15) },
    { key: "OBJECTION", opensOn: d(year, 12, 16), closesOn: d(year, 12, 20) },
    { key: "CONFERENCE", opensOn: d(year, 12, 21), closesOn: d(year, 12, 31) },
    { key: "NOMINATION", opensOn: d(year + 1, 1, 2), closesOn: d(year + 1, 1, 20) },
  ];
}

export type PhaseOverrides = Partial<Record<PhaseKey, { opensOn: Date; closesOn: Date }>>;

/**
 * Default phases with some moved so a real event falls inside its phase
 * (e.g. Kon Tum held its 2023 year-end conference on 06/02/2024, seed 001).
 */
export function phasesFor(year: number, overrides: PhaseOverrides = {}): PhaseSeed[] {
  return defaultPhases(year).map((p) => {
    const o = overrides[p.key];
    const phase = o ? { key: p.key, ...o } : p;
    if (phase.closesOn < phase.opensOn) throw new Error(`seed: giai đoạn ${p.key} năm ${year} đóng trước khi mở`);
    return phase;
  });
}
