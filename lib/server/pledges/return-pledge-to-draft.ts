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
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/** SIGNING → DRAFT, so the text can be corrected, only while nobody has signed. */
export async function returnPledgeToDraft(input: PledgeStepInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const pledge = await pledgeScope(input.pledgeId);
  authorize(user, "pledge:manage", pledge, { notFound: PLEDGE_NOT_FOUND, forbidden: PLEDGE_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    await requireDraftingPhase(tx, pledge.cycleId);
    const current = await tx.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { status: true, rowVersion: true } });
    if (current.rowVersion !== input.rowVersion) throw new AppError("CONFLICT", staleMessage(current.rowVersion));
    // Take the row lock first: a signature being recorded holds it too, so the
    // count below sees any signature that committed before this step.
    await tx.$queryRaw`SELECT 1 FROM "Pledge" WHERE "id" = ${pledge.id} FOR UPDATE`;
    const signatures = await tx.pledgeSignature.count({ where: { pledgeId: pledge.id } });
    const t = transition(current.status, { type: "BACK_TO_DRAFT", signatureCount: signatures });
    if (!t.ok) throw new AppError("CONFLICT", t.reason);
    stopIfChecking(step);
    const { count } = await tx.pledge.updateMany({
      where: { id: pledge.id, rowVersion: input.rowVersion, status: "SIGNING" },
      data: { status: "DRAFT", rowVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", staleMessage(input.rowVersion + 1));
    await writeAudit(tx, {
      actorId: user.userId,
      action: "pledge.back-to-draft",
      entity: "Pledge",
      entityId: pledge.id,
      blocId: pledge.blocId,
      before: { status: current.status, rowVersion: current.rowVersion },
      after: { status: t.status, rowVersion: current.rowVersion + 1 },
    });
  });
}
