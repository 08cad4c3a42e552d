import "server-only";
import { describeLateRule, type LateStep } from "@/lib/domain/late-submission";
import { can } from "@/lib/domain/permissions";
import { parseYearRules } from "@/lib/domain/year-rules";
import { compareVi, isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface DeadlineOverrideRow {
  agencyId: string;
  agencyName: string;
  /** 0 when the agency has no override yet (the forms send it back). */
  version: number;
  extendedUntil: string | null;
  extensionReason: string | null;
  waived: boolean;
  waiverReason: string | null;
  /** Its late submission of the step, when it came late: the deduction before any waiver. */
  late: { submittedOn: string; daysLate: number; points: number } | null;
}

export interface DeadlineOverridesView {
  cycleId: string;
  step: LateStep;
  /** The year's rule for the step, in words. */
  rule: string;
  /** Every member agency, in name order; `listed` those with an override or a late submission. */
  agencies: DeadlineOverrideRow[];
  listed: DeadlineOverrideRow[];
  /** The chair (phase:reopen) may extend and waive. */
  canManage: boolean;
}

const READERS = { REGISTRATION: "registration:read-all", SELF_SCORING: "score:read-all" } as const;

/**
 * The extensions, waivers and late submissions of one step of a bloc's year, for the page where the
 * step is reviewed (docs/decisions/0042-late-submission.md). Those who read every agency's work of
 * the step see it; anyone else gets null. Two queries whatever the number of agencies.
 */
export async function findDeadlineOverrides(blocId: string, year: number, step: LateStep): Promise<DeadlineOverridesView | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  if (!can(user, READERS[step], { blocId })) return null;
  const cycle = await db().cycle.findUnique({
    where: { blocId_year: { blocId, year } },
    select: {
      id: true,
      rules: true,
      deadlineOverrides: { where: { step } },
      lateSubmissions: { where: { step }, select: { agencyId: true, submittedOn: true, daysLate: true, points: true } },
    },
  });
  if (!cycle) return null;
  const members = await db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } });
  const overrides = new Map(cycle.deadlineOverrides.map((o) => [o.agencyId, o]));
  const late = new Map(cycle.lateSubmissions.map((l) => [l.agencyId, l]));
  const agencies = members
    .map(({ agency }): DeadlineOverrideRow => {
      const o = overrides.get(agency.id);
      const l = late.get(agency.id);
      return {
        agencyId: agency.id,
        agencyName: agency.name,
        version: o?.version ?? 0,
        extendedUntil: o?.extendedUntil ? isoDay(o.extendedUntil) : null,
        extensionReason: o?.extensionReason ?? null,
        waived: o?.waived ?? false,
        waiverReason: o?.waiverReason ?? null,
        late: l ? { submittedOn: isoDay(l.submittedOn), daysLate: l.daysLate, points: l.points.toNumber() } : null,
      };
    })
    .sort((a, b) => compareVi(a.agencyName, b.agencyName));
  return {
    cycleId: cycle.id,
    step,
    rule: describeLateRule(parseYearRules(cycle.rules).lateSubmission[step]),
    agencies,
    listed: agencies.filter((a) => a.late || a.extendedUntil || a.waived),
    canManage: can(user, "phase:reopen", { blocId }),
  };
}
