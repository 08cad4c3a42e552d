import "server-only";
import type { PhaseKey } from "@/lib/domain/cycle-phase";
import { checkReviewWindow, REVIEW_PHASES } from "@/lib/domain/registration";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/**
 * Accepting or returning a registration is allowed while REGISTRATION or
 * PLEDGE_SIGNING is open (the decision is recorded in lib/domain/registration).
 */
export async function requireReviewWindow(tx: Prisma.TransactionClient, cycleId: string): Promise<void> {
  const phases = await tx.cyclePhase.findMany({ where: { cycleId, key: { in: [...REVIEW_PHASES] } } });
  const check = checkReviewWindow(
    phases.map((p) => ({
      key: p.key as PhaseKey,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
    todayInVietnam(),
  );
  if (!check.open) throw new AppError("PHASE_CLOSED", check.reason);
}
