import "server-only";
import { checkPhaseOpen, type PhaseCheck, type PhaseKey } from "@/lib/domain/cycle-phase";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/** Refuses an action outside its phase, with the reason (docs/domain/yearly-cycle.md#phases). */
export async function requireOpenPhase(tx: Prisma.TransactionClient, cycleId: string, key: PhaseKey): Promise<void> {
  const check = await phaseCheck(tx, cycleId, key);
  if (!check.open) throw new AppError("PHASE_CLOSED", check.reason);
}

/**
 * The same check as a value, for a page that shows a form read-only with the reason instead of
 * letting people fill it in to be refused.
 */
export async function phaseCheck(tx: Prisma.TransactionClient, cycleId: string, key: PhaseKey): Promise<PhaseCheck> {
  return phaseCheckOf(await tx.cyclePhase.findMany({ where: { cycleId } }), key);
}

/** The same check on phases a reader already loaded with its cycle (one statement fewer). */
export function phaseCheckOf(phases: readonly { key: string; opensOn: Date; closesOn: Date; reopenedUntil: Date | null }[], key: PhaseKey): PhaseCheck {
  return checkPhaseOpen(
    phases.map((p) => ({
      key: p.key as PhaseKey,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
    key,
    todayInVietnam(),
  );
}
