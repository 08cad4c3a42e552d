import "server-only";
import { checkExtension } from "@/lib/domain/late-submission";
import type { Step } from "@/lib/forms/step";
import { isoDay } from "@/lib/format";
import type { GrantExtensionInput } from "@/lib/schemas/deadlines";
import { requireUser } from "@/lib/server/auth/current-user";
import { stopIfChecking } from "@/lib/server/check-step";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { phaseWindow } from "@/lib/server/cycles/phase-snapshot";
import { authorizeOverride, lockOverride, saveOverride, phaseOfStep } from "./internal/override-write";

/**
 * "Gia hạn": the chair gives one agency until a day to submit one step, with a reason
 * (docs/decisions/0042-late-submission.md). Submitting inside it is on time. Given again, it
 * replaces the day and the reason; refused once the agency already submitted late (a waiver is
 * the way then). Audited with before and after.
 */
export async function grantExtension(input: GrantExtensionInput, step: Step = "write"): Promise<{ version: number }> {
  const user = await requireUser();
  const scope = await authorizeOverride(user, input.cycleId, input.agencyId);
  const until = isoDay(input.extendedUntil);

  return db().$transaction(async (tx) => {
    const before = await lockOverride(tx, scope.cycleId, scope.agencyId, input.step, input.version);
    const phase = await tx.cyclePhase.findUnique({ where: { cycleId_key: { cycleId: scope.cycleId, key: phaseOfStep(input.step) } } });
    const late = await tx.lateSubmission.count({ where: { cycleId: scope.cycleId, agencyId: scope.agencyId, step: input.step } });
    const refusal = checkExtension({ step: input.step, phase: phase ? phaseWindow(phase) : undefined, until, today: todayInVietnam(), alreadyLate: late > 0 });
    if (refusal) throw new AppError("INVALID_INPUT", refusal, { extendedUntil: [refusal] });

    stopIfChecking(step);
    const data = { extendedUntil: input.extendedUntil, extensionReason: input.reason };
    return saveOverride(tx, { actorId: user.userId, scope, step: input.step, before, data, action: "deadline.extend", reason: input.reason });
  });
}
