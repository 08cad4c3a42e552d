import "server-only";
import type { PhaseKey } from "@/lib/domain/cycle-phase";
import { checkDraftingOpen } from "@/lib/domain/pledge";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/** Refuses drafting outside registration and pledge signing, with the reason. */
export async function requireDraftingPhase(tx: Prisma.TransactionClient, cycleId: string): Promise<void> {
  const phases = await tx.cyclePhase.findMany({ where: { cycleId } });
  const check = checkDraftingOpen(
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
