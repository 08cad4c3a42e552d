import "server-only";
import { can } from "@/lib/domain/permissions";
import { type ScoringRulesSettings } from "@/lib/domain/scoring-rules-settings";
import type { LateRules } from "@/lib/domain/late-submission";
import { parseYearRules } from "@/lib/domain/year-rules";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { RULES_PUBLISHED } from "./internal/write-scoring-rules";

export interface ScoringRulesView {
  cycleId: string;
  year: number;
  /** The concurrency token the form sends back. */
  updatedAt: string;
  /** What the results and cross-scoring pages use: the year's own values, or the defaults. */
  settings: ScoringRulesSettings;
  /** False when every value is a default (nothing stored for the year). */
  isCustom: boolean;
  /** Why the rules can no longer change (results published), or null. */
  lockedReason: string | null;
  canManage: boolean;
  /** Per step, late submissions refused or accepted with a deduction (docs/decisions/0042-late-submission.md). */
  lateRules: LateRules;
  /** Award forms whose condition names a band by key (AwardForm.minBand). */
  bandUses: { name: string; minBand: string }[];
}

/** A bloc's scoring rules for the year; null when the year has no cycle. Three queries. */
export async function getScoringRules(blocId: string, year: number): Promise<ScoringRulesView | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const cycle = await db().cycle.findUnique({
    where: { blocId_year: { blocId, year } },
    select: { id: true, year: true, updatedAt: true, rules: true, _count: { select: { publications: true } } },
  });
  if (!cycle) return null;
  const uses = await db().awardForm.findMany({
    where: { cycleId: cycle.id, minBand: { not: null } },
    select: { name: true, minBand: true },
    orderBy: { order: "asc" },
  });
  // The same parse as the engine's callers, so the page shows exactly what is applied.
  const rules = parseYearRules(cycle.rules);
  const cross = rules.crossScoring;
  return {
    cycleId: cycle.id,
    year: cycle.year,
    updatedAt: cycle.updatedAt.toISOString(),
    settings: {
      bands: rules.bands.map((b) => ({ ...b })),
      tieBreak: rules.tieBreak.map((r) => ({ ...r })),
      crossScoring: { spreadThreshold: cross.spreadThreshold, trimFrom: cross.trimFrom },
    },
    isCustom: rules.hasOwnScoring,
    lockedReason: cycle._count.publications > 0 ? RULES_PUBLISHED : null,
    canManage: can(user, "cycle:manage", { blocId }),
    lateRules: rules.lateSubmission,
    bandUses: uses.map((u) => ({ name: u.name, minBand: u.minBand! })),
  };
}
