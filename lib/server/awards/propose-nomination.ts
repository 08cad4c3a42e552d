import "server-only";
import { nominationTransition } from "@/lib/domain/awards";
import type { ProposeNominationInput } from "@/lib/schemas/awards";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope } from "@/lib/server/authz/scopes";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { eligibilityOf, loadEligibilityContext } from "./eligibility-facts";
import { NOMINATION_NOT_FOUND, NOMINATION_SELECT, nominationRefusal, nominationSnapshot, STALE_NOMINATION } from "./nomination-record";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * The agency proposes its DRAFT (or corrected RETURNED) nomination to the bloc chair. The
 * agency's gates for the form are checked on the current facts: a gated agency stays ranked
 * but cannot be nominated, and the refusal lists every reason. While NOMINATION is open.
 */
export async function proposeNomination(input: ProposeNominationInput, step: Step = "write"): Promise<{ version: number }> {
  const user = await requireUser();
  const found = await db().nomination.findUnique({ where: { id: input.nominationId }, select: { cycleId: true, agencyId: true } });
  if (!found) throw new AppError("NOT_FOUND", NOMINATION_NOT_FOUND);
  const member = await memberScope(found.cycleId, found.agencyId);
  authorize(user, ["nomination:read-all", "nomination:edit:own"], member, { notFound: NOMINATION_NOT_FOUND, hidden: true });
  authorize(user, "nomination:edit:own", member, { forbidden: "Chỉ lãnh đạo và cán bộ thi đua của cơ quan được gửi đề nghị khen thưởng của cơ quan mình." });
  const { cycle } = member;
  return db().$transaction(async (tx) => {
    await requireOpenPhase(tx, cycle.id, "NOMINATION");
    const before = await tx.nomination.findUniqueOrThrow({ where: { id: input.nominationId }, select: NOMINATION_SELECT });
    if (before.version !== input.version) throw new AppError("CONFLICT", STALE_NOMINATION);
    const ctx = await loadEligibilityContext(tx, cycle, [before.personId]);
    const next = nominationTransition(before.status, {
      action: "propose",
      eligibility: eligibilityOf(ctx, before.agencyId, before.awardFormId, before.target === "INDIVIDUAL" ? before : null),
    });
    if (!next.ok) throw nominationRefusal(next);
    stopIfChecking(step);
    const { count } = await tx.nomination.updateMany({
      where: { id: before.id, version: input.version },
      data: { status: next.to, statusReason: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_NOMINATION);
    const after = await tx.nomination.findUniqueOrThrow({ where: { id: before.id }, select: NOMINATION_SELECT });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "nomination.propose",
      entity: "Nomination",
      entityId: before.id,
      blocId: cycle.blocId,
      before: nominationSnapshot(before),
      after: nominationSnapshot(after),
    });
    return { version: after.version };
  });
}
