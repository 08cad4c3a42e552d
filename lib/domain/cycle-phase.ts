/**
 * Which step of the yearly workflow is open (docs/domain/yearly-cycle.md#phases). Dates are
 * calendar days (ISO "yyyy-MM-dd" strings, Vietnam time): a phase is open
 * from its first to its last day inclusive, or until the day the chair
 * reopened it to. The clock is an argument: nothing here reads it.
 */
export const PHASE_KEYS = [
  "REGISTRATION",
  "PLEDGE_SIGNING",
  "EXECUTION",
  "MID_YEAR_REVIEW",
  "SELF_SCORING",
  "VERIFICATION",
  "OBJECTION",
  "CONFERENCE",
  "NOMINATION",
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const PHASE_LABELS: Record<PhaseKey, string> = {
  REGISTRATION: "Đăng ký thi đua",
  PLEDGE_SIGNING: "Ký kết giao ước",
  EXECUTION: "Tổ chức thực hiện",
  MID_YEAR_REVIEW: "Sơ kết 6 tháng",
  SELF_SCORING: "Tự chấm điểm",
  VERIFICATION: "Thẩm định / chấm chéo",
  OBJECTION: "Giải trình, kiến nghị",
  CONFERENCE: "Hội nghị tổng kết",
  NOMINATION: "Đề nghị khen thưởng",
};

export interface PhaseWindow {
  key: PhaseKey;
  opensOn: string;
  closesOn: string;
  reopenedUntil?: string | null;
}

export type PhaseState = "UPCOMING" | "OPEN" | "REOPENED" | "CLOSED";

export function phaseState(phase: PhaseWindow, today: string): PhaseState {
  if (today < phase.opensOn) return "UPCOMING";
  if (today <= phase.closesOn) return "OPEN";
  if (phase.reopenedUntil && today <= phase.reopenedUntil) return "REOPENED";
  return "CLOSED";
}

/** Who can open a closed phase again, and where: said wherever an action is refused for it. */
export const REOPEN_HINT = "Trưởng khối có thể mở lại giai đoạn, kèm lý do, tại Thiết lập › Lịch thi đua.";

export type PhaseCheck = { open: true } | { open: false; reason: string };

/** Whether an action belonging to `key` may run today, with the reason if not. */
export function checkPhaseOpen(phases: readonly PhaseWindow[], key: PhaseKey, today: string): PhaseCheck {
  const phase = phases.find((p) => p.key === key);
  const label = PHASE_LABELS[key];
  if (!phase) return { open: false, reason: `Chưa đặt lịch cho giai đoạn “${label}”.` };
  const state = phaseState(phase, today);
  if (state === "OPEN" || state === "REOPENED") return { open: true };
  if (state === "UPCOMING") {
    return { open: false, reason: `Giai đoạn “${label}” chưa mở: bắt đầu từ ngày ${isoToVn(phase.opensOn)}.` };
  }
  // A reopening ends the phase only if it ran past closesOn: the schedule can
  // be moved later (seed upserts closesOn) and leave an older reopenedUntil.
  const endedOn = phase.reopenedUntil && phase.reopenedUntil > phase.closesOn ? phase.reopenedUntil : phase.closesOn;
  return { open: false, reason: `Giai đoạn “${label}” đã kết thúc ngày ${isoToVn(endedOn)}. ${REOPEN_HINT}` };
}

export interface CycleStatus {
  open: PhaseKey[];
  next: { key: PhaseKey; opensOn: string } | null;
  /** Open phases' closing days and upcoming phases' opening days, soonest first. */
  deadlines: { key: PhaseKey; kind: "CLOSES" | "OPENS"; on: string }[];
  isFinished: boolean;
}

export function cycleStatus(phases: readonly PhaseWindow[], today: string): CycleStatus {
  const ordered = [...phases].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || order(a.key) - order(b.key));
  const open = ordered.filter((p) => ["OPEN", "REOPENED"].includes(phaseState(p, today))).map((p) => p.key);
  const upcoming = ordered.filter((p) => phaseState(p, today) === "UPCOMING");
  const deadlines = [
    ...ordered
      .filter((p) => open.includes(p.key))
      .map((p) => ({ key: p.key, kind: "CLOSES" as const, on: phaseState(p, today) === "OPEN" ? p.closesOn : p.reopenedUntil! })),
    ...upcoming.map((p) => ({ key: p.key, kind: "OPENS" as const, on: p.opensOn })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  return {
    open,
    next: upcoming[0] ? { key: upcoming[0].key, opensOn: upcoming[0].opensOn } : null,
    deadlines,
    isFinished: phases.length > 0 && open.length === 0 && upcoming.length === 0,
  };
}

function order(key: PhaseKey): number {
  return PHASE_KEYS.indexOf(key);
}

/** "2024-02-06" → "06/02/2024". */
export function isoToVn(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}
