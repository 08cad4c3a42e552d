import "server-only";
import { DEFAULT_SETTINGS, mergeScoringRules, missingBandKeys, scoringPart, type ScoringRulesSettings } from "@/lib/domain/scoring-rules-settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { nextUpdatedAt, STALE_CYCLE } from "@/lib/server/cycles/cycle-edit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

export const RULES_MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được thay đổi quy tắc chấm điểm của năm.";

export const RULES_PUBLISHED =
  "Kết quả đã công bố nên không thể thay đổi quy tắc chấm điểm của năm này: mức xếp loại và thứ tự xếp hạng phải giữ nguyên như khi công bố.";

/**
 * Replaces the scoring keys of Cycle.rules (bands, tieBreak, crossScoring) — or removes them
 * when `settings` is null ("Khôi phục mặc định") — keeping every other key. Shared by
 * saveScoringRules and resetScoringRules. The cycle's updatedAt is the concurrency token.
 */
export async function writeScoringRules(cycleId: string, updatedAt: string, settings: ScoringRulesSettings | null, action: string, step: Step): Promise<void> {
  const user = await requireUser();
  const cycle = await cycleScope(cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: RULES_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    // The row lock and the token check come first: a save from a stale page stops here.
    await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${cycle.id} FOR UPDATE`;
    const before = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: { rules: true, updatedAt: true } });
    if (before.updatedAt.getTime() !== Date.parse(updatedAt)) throw new AppError("CONFLICT", STALE_CYCLE);

    // One query at a time: a transaction holds a single connection.
    const published = await tx.resultPublication.count({ where: { cycleId: cycle.id } });
    const uses = await tx.awardForm.findMany({
      where: { cycleId: cycle.id, minBand: { not: null } },
      select: { name: true, minBand: true },
      orderBy: { order: "asc" },
    });
    // Published results are immutable (docs/domain/score-review.md#publication): their bands and ranking stay.
    if (published > 0) throw new AppError("CONFLICT", RULES_PUBLISHED);

    const bands = (settings ?? DEFAULT_SETTINGS).bands;
    const missing = missingBandKeys(
      bands,
      uses.map((u) => ({ name: u.name, minBand: u.minBand! })),
    );
    if (missing.length > 0) throw new AppError("INVALID_INPUT", missing[0], { "settings.bands": missing });

    stopIfChecking(step);
    const next = mergeScoringRules(before.rules, settings);
    await tx.cycle.update({ where: { id: cycle.id }, data: { rules: next as Prisma.InputJsonObject, updatedAt: nextUpdatedAt(updatedAt) } });
    await writeAudit(tx, {
      actorId: user.userId,
      action,
      entity: "Cycle",
      entityId: cycle.id,
      blocId: cycle.blocId,
      before: scoringPart(before.rules),
      after: scoringPart(next),
    });
  });
}
