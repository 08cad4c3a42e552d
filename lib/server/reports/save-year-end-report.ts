import "server-only";
import { REPORT_EDITORS_ONLY, reportEditCheck, STALE_REPORT } from "@/lib/domain/reports/year-end-edit";
import type { SaveYearEndReportInput } from "@/lib/schemas/reports";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { todayInVietnam } from "@/lib/server/clock";
import { phaseWindow } from "@/lib/server/cycles/phase-snapshot";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";

/**
 * Saves the written part of the bloc's year-end report (assessment, shortcomings, next year's
 * directions): the secretary and chair ("cycle:manage", the bloc's own content for the year),
 * while the year is not archived (lib/domain/reports/year-end-edit.ts). The first save creates
 * the row (version 0 → 1), later ones name the version they edited; each is audited with the
 * text before and after. Returns the new version.
 */
export async function saveYearEndReport(input: SaveYearEndReportInput): Promise<{ version: number }> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: REPORT_EDITORS_ONLY });
  const text = { assessment: input.assessment, shortcomings: input.shortcomings, directions: input.directions };
  try {
    return await db().$transaction(async (tx) => {
      const phases = await tx.cyclePhase.findMany({ where: { cycleId: cycle.id }, select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } });
      const check = reportEditCheck(phases.map(phaseWindow), cycle.year, todayInVietnam());
      if (!check.open) throw new AppError("PHASE_CLOSED", check.reason);
      const before = await tx.yearEndReport.findUnique({ where: { cycleId: cycle.id }, select: { assessment: true, shortcomings: true, directions: true } });
      let row: { id: string; version: number };
      if (input.version === 0) {
        if (before) throw new AppError("CONFLICT", STALE_REPORT);
        row = await tx.yearEndReport.create({ data: { cycleId: cycle.id, ...text, updatedById: user.userId }, select: { id: true, version: true } });
      } else {
        const { count } = await tx.yearEndReport.updateMany({
          where: { cycleId: cycle.id, version: input.version },
          data: { ...text, updatedById: user.userId, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError("CONFLICT", STALE_REPORT);
        row = await tx.yearEndReport.findUniqueOrThrow({ where: { cycleId: cycle.id }, select: { id: true, version: true } });
      }
      await writeAudit(tx, {
        actorId: user.userId,
        action: "year-end-report.save",
        entity: "YearEndReport",
        entityId: row.id,
        blocId: cycle.blocId,
        before: before ?? undefined,
        after: text,
      });
      return { version: row.version };
    });
  } catch (e) {
    // Two first saves at once: the second meets the first one's row.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", STALE_REPORT);
    throw e;
  }
}
