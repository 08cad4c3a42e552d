import "server-only";
import { checkScoringModeChange } from "@/lib/domain/calendar";
import { PHASE_KEYS, type PhaseWindow } from "@/lib/domain/cycle-phase";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { phaseWindow } from "./phase-snapshot";

export interface CyclePhaseRow extends PhaseWindow {
  id: string;
  reopenReason: string | null;
}

export interface CycleSettings {
  cycleId: string;
  year: number;
  /** The concurrency token the calendar and programme forms send back. */
  updatedAt: string;
  scoringMode: "VERIFICATION" | "CROSS_SCORING";
  /** Why the scoring mode can no longer change, or null while it can. */
  scoringModeLockedReason: string | null;
  theme: string | null;
  movements: string[];
  legalBases: string[];
  phases: CyclePhaseRow[];
}

/** A bloc's cycle for the year as the calendar and programme pages edit it; null when the year has no cycle. A fixed number of queries. */
export async function findCycleSettings(blocId: string, year: number): Promise<CycleSettings | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const cycle = await db().cycle.findUnique({
    where: { blocId_year: { blocId, year } },
    include: { phases: true, _count: { select: { scoreSheets: true } } },
  });
  if (!cycle) return null;
  const phases = cycle.phases
    .map((p) => ({ ...phaseWindow(p), id: p.id, reopenReason: p.reopenReason }))
    .sort((a, b) => PHASE_KEYS.indexOf(a.key) - PHASE_KEYS.indexOf(b.key));
  const otherMode = cycle.scoringMode === "VERIFICATION" ? "CROSS_SCORING" : "VERIFICATION";
  return {
    cycleId: cycle.id,
    year: cycle.year,
    updatedAt: cycle.updatedAt.toISOString(),
    scoringMode: cycle.scoringMode,
    scoringModeLockedReason: checkScoringModeChange({
      current: cycle.scoringMode,
      next: otherMode,
      selfScoring: phases.find((p) => p.key === "SELF_SCORING"),
      hasScoreSheets: cycle._count.scoreSheets > 0,
      today: todayInVietnam(),
    }),
    theme: cycle.theme,
    movements: cycle.movements,
    legalBases: cycle.legalBases,
    phases,
  };
}
