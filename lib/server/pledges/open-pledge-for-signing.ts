import "server-only";
import { transition } from "@/lib/domain/pledge";
import type { PledgeStepInput } from "@/lib/schemas/pledge";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { pledgeScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { requireDraftingPhase } from "./drafting-phase";
import { PLEDGE_MANAGERS_ONLY, PLEDGE_NOT_FOUND, staleMessage } from "./pledge-messages";
import { loadRequiredSigners } from "./required-signers";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * DRAFT → SIGNING: the secretary opens the text for signatures once it has at
 * least one commitment. From then on the text cannot change (docs/domain/yearly-cycle.md#pledge).
 */
export async function openPledgeForSigning(input: PledgeStepInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const pledge = await pledgeScope(input.pledgeId);
  authorize(user, "pledge:manage", pledge, { notFound: PLEDGE_NOT_FOUND, forbidden: PLEDGE_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    await requireDraftingPhase(tx, pledge.cycleId);
    const current = await tx.pledge.findUniqueOrThrow({
      where: { id: pledge.id },
      select: { status: true, rowVersion: true, _count: { select: { commitments: true } } },
    });
    if (current.rowVersion !== input.rowVersion) throw new AppError("CONFLICT", staleMessage(current.rowVersion));
    const signers = await loadRequiredSigners(tx, pledge.blocId, pledge.year);
    const t = transition(current.status, { type: "OPEN_SIGNING", commitmentCount: current._count.commitments, memberCount: signers.length });
    if (!t.ok) throw new AppError("CONFLICT", t.reason);
    stopIfChecking(step);
    const { count } = await tx.pledge.updateMany({
      where: { id: pledge.id, rowVersion: input.rowVersion, status: "DRAFT" },
      data: { status: t.status, rowVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", staleMessage(input.rowVersion + 1));
    await writeAudit(tx, {
      actorId: user.userId,
      action: "pledge.open-signing",
      entity: "Pledge",
      entityId: pledge.id,
      blocId: pledge.blocId,
      before: { status: current.status, rowVersion: current.rowVersion },
      after: { status: t.status, rowVersion: current.rowVersion + 1, commitments: current._count.commitments, requiredSigners: signers.length },
    });
  });
}
