import "server-only";
import { parseYearRules } from "@/lib/domain/year-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SaveRankingVoteRuleInput } from "@/lib/schemas/votes";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { nextUpdatedAt, STALE_CYCLE } from "@/lib/server/cycles/cycle-edit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const RANKING_RULE_MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được thay đổi quy tắc suy tôn đơn vị dẫn đầu của năm.";

export const RANKING_RULE_LOCKED =
  "Đã mở bỏ phiếu suy tôn đơn vị dẫn đầu của năm nên không thể thay đổi quy tắc này: các cuộc suy tôn phải theo cùng một quy tắc.";

/**
 * The year's rule linking the score ranking to the leading-unit vote (Cycle.rules.rankingVote,
 * docs/decisions/0043-ranking-and-the-leading-unit-vote.md), by the bloc's secretary or chair,
 * until a leading-unit vote has been opened. Every other key of Cycle.rules is kept. The cycle's
 * updatedAt is the concurrency token, as for the scoring rules.
 */
export async function saveRankingVoteRule(input: SaveRankingVoteRuleInput): Promise<void> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: RANKING_RULE_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${cycle.id} FOR UPDATE`;
    const before = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: { rules: true, updatedAt: true } });
    if (before.updatedAt.getTime() !== Date.parse(input.updatedAt)) throw new AppError("CONFLICT", STALE_CYCLE);
    const opened = await tx.vote.count({ where: { kind: "ACCLAIM_LEADER", meeting: { cycleId: cycle.id }, status: { not: "DRAFT" } } });
    if (opened > 0) throw new AppError("CONFLICT", RANKING_RULE_LOCKED);
    const rankingVote = { mode: input.mode, onRejection: input.onRejection, leaders: input.leaders };
    const stored = before.rules && typeof before.rules === "object" && !Array.isArray(before.rules) ? (before.rules as Prisma.JsonObject) : {};
    await tx.cycle.update({
      where: { id: cycle.id },
      data: { rules: { ...stored, rankingVote } as Prisma.InputJsonObject, updatedAt: nextUpdatedAt(input.updatedAt) },
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "cycle.ranking-vote.update",
      entity: "Cycle",
      entityId: cycle.id,
      blocId: cycle.blocId,
      before: { rankingVote: parseYearRules(before.rules).rankingVote },
      after: { rankingVote },
    });
  });
}
