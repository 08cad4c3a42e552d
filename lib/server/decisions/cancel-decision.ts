import "server-only";
import { checkCancel } from "@/lib/domain/awards/decision";
import type { CancelDecisionInput } from "@/lib/schemas/decisions";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * Council staff cancel a recorded decision (once, with a reason and optionally the act that
 * cancels it). The decision stays listed as cancelled; it no longer counts in award histories,
 * and its nominations may be answered by a new decision.
 */
export async function cancelDecision(input: CancelDecisionInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const decision = await db().decision.findUnique({
    where: { id: input.decisionId },
    select: { id: true, number: true, cancelledAt: true, cycle: { select: { blocId: true } } },
  });
  const blocId = decision?.cycle.blocId;
  if (!decision || !blocId) throw new AppError("NOT_FOUND", "Không tìm thấy quyết định này.");
  authorize(
    user,
    "decision:record",
    { blocId },
    {
      notFound: "Không tìm thấy quyết định này.",
      forbidden: "Chỉ cán bộ Hội đồng Thi đua - Khen thưởng được hủy quyết định khen thưởng.",
    },
  );
  const check = checkCancel({ cancelled: decision.cancelledAt !== null, number: decision.number }, input.reason);
  if (!check.ok)
    throw new AppError(decision.cancelledAt ? "CONFLICT" : "INVALID_INPUT", check.reason, check.field ? { [check.field]: [check.reason] } : undefined);

  stopIfChecking(step);
  await db().$transaction(async (tx) => {
    const cancelledAt = new Date();
    const { count } = await tx.decision.updateMany({
      where: { id: decision.id, cancelledAt: null },
      data: { cancelledAt, cancelReason: input.reason, cancelRef: input.reference },
    });
    if (count === 0) throw new AppError("CONFLICT", `Quyết định số ${decision.number} đã bị hủy trước đó.`);
    await writeAudit(tx, {
      actorId: user.userId,
      action: "decision.cancel",
      entity: "Decision",
      entityId: decision.id,
      blocId,
      before: { number: decision.number, cancelled: false },
      after: { number: decision.number, cancelled: true, cancelledAt: cancelledAt.toISOString(), reference: input.reference },
      reason: input.reason,
    });
  });
}
