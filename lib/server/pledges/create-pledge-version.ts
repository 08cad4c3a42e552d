import "server-only";
import { transition } from "@/lib/domain/pledge";
import type { NewPledgeVersionInput } from "@/lib/schemas/pledge";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { pledgeScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { requireDraftingPhase } from "./drafting-phase";
import { PLEDGE_MANAGERS_ONLY, PLEDGE_NOT_FOUND } from "./pledge-messages";
import { commitmentsCreate, pledgeContent, pledgeSnapshot } from "./pledge-snapshot";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const ALREADY = "Phiên bản mới vừa được tạo (có thể bởi người khác). Trang đang hiển thị phiên bản hiện tại.";

/**
 * A locked pledge never changes: a correction is version n+1 (DRAFT, with the
 * reason, the commitments and their criteria links copied, no signatures) and
 * version n becomes SUPERSEDED but stays readable (docs/domain/yearly-cycle.md#pledge).
 */
export async function createPledgeVersion(input: NewPledgeVersionInput, step: Step = "write"): Promise<{ version: number }> {
  const user = await requireUser();
  const pledge = await pledgeScope(input.pledgeId);
  authorize(user, "pledge:manage", pledge, { notFound: PLEDGE_NOT_FOUND, forbidden: PLEDGE_MANAGERS_ONLY });
  try {
    return await db().$transaction(async (tx) => {
      await requireDraftingPhase(tx, pledge.cycleId);
      const old = await tx.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: pledgeContent });
      const t = transition(old.status, { type: "NEW_VERSION" });
      if (!t.ok) throw new AppError("CONFLICT", t.reason);
      stopIfChecking(step);
      const { count } = await tx.pledge.updateMany({ where: { id: old.id, status: "LOCKED" }, data: { status: t.status } });
      if (count === 0) throw new AppError("CONFLICT", ALREADY);
      const created = await tx.pledge.create({
        data: {
          cycleId: old.cycleId,
          version: old.version + 1,
          previousId: old.id,
          changeReason: input.reason,
          title: old.title,
          theme: old.theme,
          bases: old.bases,
          commitments: {
            create: commitmentsCreate(
              old.commitments.map((c) => ({
                ...c,
                targetValue: c.targetValue === null ? null : c.targetValue.toString(),
                criterionIds: c.criteria.map((l) => l.criterionId),
              })),
            ),
          },
        },
        select: pledgeContent,
      });
      const common = { actorId: user.userId, entity: "Pledge", blocId: pledge.blocId, reason: input.reason };
      await writeAudit(tx, {
        ...common,
        action: "pledge.supersede",
        entityId: old.id,
        before: { status: old.status },
        after: { status: t.status, replacedBy: created.version },
      });
      await writeAudit(tx, {
        ...common,
        action: "pledge.new-version",
        entityId: created.id,
        after: { ...pledgeSnapshot(created), previousVersion: old.version },
      });
      return { version: created.version };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", ALREADY);
    throw e;
  }
}
