import "server-only";
import { mergeLateRules } from "@/lib/domain/late-submission";
import { parseYearRules } from "@/lib/domain/year-rules";
import type { Step } from "@/lib/forms/step";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SaveLateRulesInput } from "@/lib/schemas/deadlines";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { stopIfChecking } from "@/lib/server/check-step";
import { nextUpdatedAt, STALE_CYCLE } from "@/lib/server/cycles/cycle-edit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { RULES_MANAGERS_ONLY, RULES_PUBLISHED } from "./internal/write-scoring-rules";

/**
 * "Lưu quy tắc nộp muộn": per step, refuse late submissions or accept them within a grace with a
 * deduction (docs/decisions/0042-late-submission.md), by the bloc's secretary or chair, until
 * results are published (like the other scoring rules). Every other key of Cycle.rules is kept.
 * A deduction already recorded keeps the points it was recorded with.
 */
export async function saveLateRules(input: SaveLateRulesInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: RULES_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${cycle.id} FOR UPDATE`;
    const before = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: { rules: true, updatedAt: true } });
    if (before.updatedAt.getTime() !== Date.parse(input.updatedAt)) throw new AppError("CONFLICT", STALE_CYCLE);
    const published = await tx.resultPublication.count({ where: { cycleId: cycle.id } });
    if (published > 0) throw new AppError("CONFLICT", RULES_PUBLISHED);

    stopIfChecking(step);
    const next = mergeLateRules(before.rules, input.rules);
    await tx.cycle.update({ where: { id: cycle.id }, data: { rules: next as Prisma.InputJsonObject, updatedAt: nextUpdatedAt(input.updatedAt) } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "cycle.late-rules.update",
      entity: "Cycle",
      entityId: cycle.id,
      blocId: cycle.blocId,
      before: { lateSubmission: parseYearRules(before.rules).lateSubmission },
      after: { lateSubmission: input.rules },
    });
  });
}
