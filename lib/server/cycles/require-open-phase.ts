import "server-only";
import { checkPhaseOpen, type PhaseKey } from "@/lib/domain/cycle-phase";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/** Refuses an action outside its phase, with the reason (docs/domain/yearly-cycle.md#phases). */
export async function requireOpenPhase(tx: Prisma.TransactionClient, cycleId: string, key: PhaseKey): Promise<void> {
  const phases = await tx.cyclePhase.findMany({ where: { cycleId } });
  const check = checkPhaseOpen(
    phases.map((p) => ({
      key: p.key as PhaseKey,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
    key,
    todayInVietnam(),
  );
  if (!check.open) throw new AppError("PHASE_CLOSED", check.reason);
}
