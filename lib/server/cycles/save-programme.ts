import "server-only";
import type { SaveProgrammeInput } from "@/lib/schemas/calendar";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { MANAGERS_ONLY, nextUpdatedAt, STALE_CYCLE } from "./cycle-edit";

/**
 * The year's programme: theme (chủ đề thi đua), movements (phong trào) and
 * legal and policy bases (căn cứ), edited by the secretary and chair. The
 * cycle's updatedAt is the concurrency token, shared with the calendar form.
 */
export async function saveProgramme(input: SaveProgrammeInput): Promise<void> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  const data = { theme: input.theme, movements: input.movements, legalBases: input.legalBases };
  await db().$transaction(async (tx) => {
    const before = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: { theme: true, movements: true, legalBases: true } });
    const { count } = await tx.cycle.updateMany({
      where: { id: cycle.id, updatedAt: new Date(input.updatedAt) },
      data: { ...data, updatedAt: nextUpdatedAt(input.updatedAt) },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_CYCLE);
    await writeAudit(tx, {
      actorId: user.userId,
      action: "cycle.programme.update",
      entity: "Cycle",
      entityId: cycle.id,
      blocId: cycle.blocId,
      before,
      after: data,
    });
  });
}
