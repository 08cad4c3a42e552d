import "server-only";
import type { PhaseKey } from "@/lib/domain/cycle-phase";
import { checkProgressWindow } from "@/lib/domain/progress";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/** Refuses a progress report outside EXECUTION and MID_YEAR_REVIEW, with the reason. */
export async function requireProgressWindow(tx: Prisma.TransactionClient, cycleId: string): Promise<void> {
  const phases = await tx.cyclePhase.findMany({ where: { cycleId, key: { in: ["EXECUTION", "MID_YEAR_REVIEW"] } } });
  const check = checkProgressWindow(
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
