import "server-only";
import { addDays, judgeSubmission, lateWarning, type LateStep, type LateVerdict } from "@/lib/domain/late-submission";
import { parseYearRules } from "@/lib/domain/year-rules";
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/**
 * The window in which one agency may work on and submit one step (docs/decisions/0042-late-submission.md):
 * the phase, the chair's reopening, the agency's extension and, under a PENALTY rule, the grace
 * after it. Pieces for the use cases of the step (they check who first), not use cases.
 */

/** What to select on a Cycle to judge one agency's step (one statement with the cycle). */
export const windowSelect = (agencyId: string, step: LateStep) =>
  ({
    rules: true,
    phases: { select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } },
    deadlineOverrides: { where: { agencyId, step }, select: { extendedUntil: true, waived: true } },
  }) satisfies Prisma.CycleSelect;

export interface WindowRow {
  rules: Prisma.JsonValue;
  phases: { key: string; opensOn: Date; closesOn: Date; reopenedUntil: Date | null }[];
  deadlineOverrides: { extendedUntil: Date | null; waived: boolean }[];
}

/** The verdict for a submission today, from a cycle read with `windowSelect`. */
export function verdictOf(cycle: WindowRow, step: LateStep, today: string = todayInVietnam()): LateVerdict {
  const override = cycle.deadlineOverrides[0];
  return judgeSubmission({
    step,
    phases: cycle.phases.map((p) => ({
      key: p.key as never,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
    rule: parseYearRules(cycle.rules).lateSubmission[step],
    override: override ? { extendedUntil: override.extendedUntil ? isoDay(override.extendedUntil) : null, waived: override.waived } : null,
    today,
  });
}

/** The same verdict as a page shows it: a form is open (maybe late, with the warning) or read-only with the reason. */
export function windowView(verdict: LateVerdict, step: LateStep): { open: boolean; reason: string | null; lateWarning: string | null } {
  if (verdict.kind === "REFUSED") return { open: false, reason: verdict.reason, lateWarning: null };
  return { open: true, reason: null, lateWarning: verdict.kind === "LATE" ? lateWarning(step, verdict) : null };
}

/** Refuses work on the step outside the agency's window (PHASE_CLOSED with the reason); else the verdict. */
export async function requireSubmissionWindow(tx: Prisma.TransactionClient, cycleId: string, agencyId: string, step: LateStep): Promise<LateVerdict> {
  const cycle = await tx.cycle.findUniqueOrThrow({ where: { id: cycleId }, select: windowSelect(agencyId, step) });
  const verdict = verdictOf(cycle, step);
  if (verdict.kind === "REFUSED") throw new AppError("PHASE_CLOSED", verdict.reason);
  return verdict;
}

/**
 * Records a late first submission (a resubmission after the bloc returned the step adds nothing:
 * the return was the bloc's doing). At most one row per agency and step, so the deduction is never
 * counted twice. Returns what the submission's audit entry should say about it.
 */
export async function recordLateSubmission(
  tx: Prisma.TransactionClient,
  at: { cycleId: string; agencyId: string; step: LateStep; firstSubmission: boolean },
  verdict: LateVerdict,
): Promise<{ late: { daysLate: number; points: number; waived: boolean; deadline: string } } | Record<string, never>> {
  if (verdict.kind !== "LATE" || !at.firstSubmission) return {};
  await tx.lateSubmission.createMany({
    data: [
      {
        cycleId: at.cycleId,
        agencyId: at.agencyId,
        step: at.step,
        submittedOn: new Date(`${addDays(verdict.deadline, verdict.daysLate)}T00:00:00Z`),
        deadline: new Date(`${verdict.deadline}T00:00:00Z`),
        daysLate: verdict.daysLate,
        points: verdict.points,
      },
    ],
    skipDuplicates: true,
  });
  return { late: { daysLate: verdict.daysLate, points: verdict.points, waived: verdict.waived, deadline: verdict.deadline } };
}
