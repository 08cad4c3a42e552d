import "server-only";
import { LATE_STEP_LABELS } from "@/lib/domain/late-submission";
import type { Step } from "@/lib/forms/step";
import type { WaiveLatePenaltyInput } from "@/lib/schemas/deadlines";
import { requireUser } from "@/lib/server/auth/current-user";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorizeOverride, lockOverride, saveOverride } from "./internal/override-write";

/**
 * "Miễn trừ điểm": the chair waives one agency's late deduction for one step, with a reason
 * (docs/decisions/0042-late-submission.md) — before or after it submitted late. The results then
 * leave the deduction out; a version already published keeps what it had. Audited with before/after.
 */
export async function waiveLatePenalty(input: WaiveLatePenaltyInput, step: Step = "write"): Promise<{ version: number }> {
  const user = await requireUser();
  const scope = await authorizeOverride(user, input.cycleId, input.agencyId);

  return db().$transaction(async (tx) => {
    const before = await lockOverride(tx, scope.cycleId, scope.agencyId, input.step, input.version);
    if (before?.waived) throw new AppError("INVALID_INPUT", `Điểm nộp muộn bước “${LATE_STEP_LABELS[input.step]}” của cơ quan đã được miễn trừ.`);

    stopIfChecking(step);
    const data = { waived: true, waiverReason: input.reason };
    return saveOverride(tx, { actorId: user.userId, scope, step: input.step, before, data, action: "deadline.waive", reason: input.reason });
  });
}
