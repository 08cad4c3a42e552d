import "server-only";
import { checkReopen } from "@/lib/domain/calendar";
import { isoDay } from "@/lib/format";
import type { ReopenPhaseInput } from "@/lib/schemas/calendar";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { phaseWindow } from "./phase-snapshot";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const NOT_FOUND = "Không tìm thấy giai đoạn này.";

/**
 * The chair reopens a closed phase until a day, with a written reason
 * (docs/domain/yearly-cycle.md#reopening).
 * The phase's bloc comes from the phase; the write is conditional on the
 * dates the check saw, so two reopenings at once cannot both pass it.
 */
export async function reopenPhase(input: ReopenPhaseInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const phase = await db().cyclePhase.findUnique({ where: { id: input.phaseId }, include: { cycle: { select: { blocId: true } } } });
  if (!phase) throw new AppError("NOT_FOUND", NOT_FOUND);
  authorize(user, "bloc:read", { blocId: phase.cycle.blocId }, { notFound: NOT_FOUND });
  authorize(user, "phase:reopen", { blocId: phase.cycle.blocId }, { forbidden: "Chỉ Trưởng khối được mở lại một giai đoạn đã kết thúc." });

  const until = isoDay(input.reopenedUntil);
  const check = checkReopen(phaseWindow(phase), until, todayInVietnam());
  if (!check.ok) throw new AppError("INVALID_INPUT", check.reason, { [check.field]: [check.reason] });

  stopIfChecking(step);
  await db().$transaction(async (tx) => {
    const { count } = await tx.cyclePhase.updateMany({
      where: { id: phase.id, opensOn: phase.opensOn, closesOn: phase.closesOn, reopenedUntil: phase.reopenedUntil },
      data: { reopenedUntil: input.reopenedUntil, reopenReason: input.reason },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Lịch của giai đoạn này vừa được người khác thay đổi. Trang đang hiển thị lịch mới nhất; vui lòng kiểm tra lại.");
    const snapshot = (p: { reopenedUntil: Date | null; reopenReason: string | null }) => ({
      key: phase.key,
      opensOn: isoDay(phase.opensOn),
      closesOn: isoDay(phase.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
      reopenReason: p.reopenReason,
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "phase.reopen",
      entity: "CyclePhase",
      entityId: phase.id,
      blocId: phase.cycle.blocId,
      before: snapshot(phase),
      after: snapshot({ reopenedUntil: input.reopenedUntil, reopenReason: input.reason }),
      reason: input.reason,
    });
  });
}
