import "server-only";
import { checkYearToOpen, defaultPhaseDates } from "@/lib/domain/calendar";
import type { CreateCycleInput } from "@/lib/schemas/calendar";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { MANAGERS_ONLY } from "./cycle-edit";
import { phaseSnapshot } from "./phase-snapshot";

/**
 * Opens a bloc's year (its cycle) with the nine phases pre-filled from the
 * default timetable, for the secretary or council staff to adjust: a past
 * year to record history, or up to the next year ahead of time. A year that already has a
 * cycle is refused as a field error (also when two people create it at once).
 */
export async function createCycle(input: CreateCycleInput): Promise<{ cycleId: string; blocCode: string }> {
  const user = await requireUser();
  const bloc = await db().bloc.findUnique({ where: { id: input.blocId }, select: { id: true, code: true } });
  if (!bloc) throw new AppError("NOT_FOUND", "Không tìm thấy khối thi đua này.");
  authorize(user, "bloc:read", { blocId: bloc.id }, { notFound: "Không tìm thấy khối thi đua này." });
  authorize(user, "calendar:manage", { blocId: bloc.id }, { forbidden: MANAGERS_ONLY });
  const tooFar = checkYearToOpen(input.year, todayInVietnam());
  if (tooFar) throw new AppError("INVALID_INPUT", tooFar, { year: [tooFar] });

  const phases = defaultPhaseDates(input.year).map((p) => ({
    key: p.key,
    opensOn: new Date(`${p.opensOn}T00:00:00Z`),
    closesOn: new Date(`${p.closesOn}T00:00:00Z`),
  }));
  try {
    return await db().$transaction(async (tx) => {
      const cycle = await tx.cycle.create({
        data: { blocId: bloc.id, year: input.year, scoringMode: input.scoringMode, phases: { create: phases } },
        include: { phases: true },
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "cycle.create",
        entity: "Cycle",
        entityId: cycle.id,
        blocId: bloc.id,
        after: { year: cycle.year, scoringMode: cycle.scoringMode, phases: phaseSnapshot(cycle.phases) },
      });
      return { cycleId: cycle.id, blocCode: bloc.code };
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const message = `Năm thi đua ${input.year} của khối đã được lập: mở năm đó trong danh sách các năm của khối.`;
      throw new AppError("INVALID_INPUT", message, { year: [message] });
    }
    throw e;
  }
}
