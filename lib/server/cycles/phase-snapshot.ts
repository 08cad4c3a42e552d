import "server-only";
import { PHASE_KEYS, type PhaseKey, type PhaseWindow } from "@/lib/domain/cycle-phase";
import { isoDay } from "@/lib/format";

interface PhaseRow {
  key: string;
  opensOn: Date;
  closesOn: Date;
}

/**
 * Phases as an audit snapshot keyed by phase, in workflow order, so the audit
 * view's diff reads "Đăng ký thi đua · Đến ngày: 25/03 → 30/03".
 */
export function phaseSnapshot(phases: readonly PhaseRow[]): Record<string, { opensOn: string; closesOn: string }> {
  const ordered = [...phases].sort((a, b) => PHASE_KEYS.indexOf(a.key as PhaseKey) - PHASE_KEYS.indexOf(b.key as PhaseKey));
  return Object.fromEntries(ordered.map((p) => [p.key, { opensOn: isoDay(p.opensOn), closesOn: isoDay(p.closesOn) }]));
}

/** A stored phase as the pure rules see it (lib/domain/cycle-phase). */
export function phaseWindow(p: PhaseRow & { reopenedUntil: Date | null }): PhaseWindow {
  return { key: p.key as PhaseKey, opensOn: isoDay(p.opensOn), closesOn: isoDay(p.closesOn), reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null };
}
