import "server-only";
import { checkScoringModeChange, validatePhaseDates } from "@/lib/domain/calendar";
import { PHASE_KEYS } from "@/lib/domain/cycle-phase";
import { isoDay } from "@/lib/format";
import type { SavePhasesInput } from "@/lib/schemas/calendar";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { phaseSnapshot, phaseWindow } from "./phase-snapshot";
import { MANAGERS_ONLY, nextUpdatedAt, STALE_CYCLE } from "./cycle-edit";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * Saves all nine phases' dates and the scoring mode in one go (the secretary's
 * calendar form). The year comes from the stored cycle; the form's updatedAt
 * is the concurrency token. Reopenings are the chair's and are left alone.
 */
export async function savePhases(input: SavePhasesInput): Promise<void> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "calendar:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  const next = PHASE_KEYS.map((key) => ({ key, opensOn: isoDay(input.phases[key].opensOn), closesOn: isoDay(input.phases[key].closesOn) }));
  const errors = validatePhaseDates(cycle.year, next);
  if (errors) throw new AppError("INVALID_INPUT", CHECK_FIELDS, errors);

  await db().$transaction(async (tx) => {
    const before = await tx.cycle.findUniqueOrThrow({
      where: { id: cycle.id },
      select: { scoringMode: true, phases: true, _count: { select: { scoreSheets: true } } },
    });
    // The token check comes first and locks the row: a second save from a stale page stops here.
    const { count } = await tx.cycle.updateMany({
      where: { id: cycle.id, updatedAt: new Date(input.updatedAt) },
      data: { scoringMode: input.scoringMode, updatedAt: nextUpdatedAt(input.updatedAt) },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_CYCLE);

    const selfScoring = before.phases.find((p) => p.key === "SELF_SCORING");
    const refusal = checkScoringModeChange({
      current: before.scoringMode,
      next: input.scoringMode,
      selfScoring: selfScoring && phaseWindow(selfScoring),
      hasScoreSheets: before._count.scoreSheets > 0,
      today: todayInVietnam(),
    });
    if (refusal) throw new AppError("INVALID_INPUT", refusal, { scoringMode: [refusal] });

    for (const p of next) {
      const dates = { opensOn: new Date(`${p.opensOn}T00:00:00Z`), closesOn: new Date(`${p.closesOn}T00:00:00Z`) };
      await tx.cyclePhase.upsert({
        where: { cycleId_key: { cycleId: cycle.id, key: p.key } },
        create: { cycleId: cycle.id, key: p.key, ...dates },
        update: dates,
      });
    }
    await writeAudit(tx, {
      actorId: user.userId,
      action: "cycle.phases.update",
      entity: "Cycle",
      entityId: cycle.id,
      blocId: cycle.blocId,
      before: { scoringMode: before.scoringMode, phases: phaseSnapshot(before.phases) },
      after: { scoringMode: input.scoringMode, phases: Object.fromEntries(next.map((p) => [p.key, { opensOn: p.opensOn, closesOn: p.closesOn }])) },
    });
  });
}
