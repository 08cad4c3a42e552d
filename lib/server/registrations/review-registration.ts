import "server-only";
import { checkActor, registrationActor, transition, type RegistrationCommand } from "@/lib/domain/registration";
import type { ReviewRegistrationInput } from "@/lib/schemas/registration";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { notifyReviewed } from "./internal/notify-registration";
import { REGISTRATION_NOT_FOUND, refusalError, staleRegistration } from "./registration-errors";
import { auditSnapshot, loadRegistrationDetail } from "./registration-detail";
import { requireReviewWindow } from "./require-review-window";

/**
 * The bloc's secretary or chair accepts a submitted registration, or returns
 * it with a reason (≥ 10 characters) for the agency to correct and send
 * again; the agency's leader and officers are notified either way. While
 * REGISTRATION or PLEDGE_SIGNING is open; the form names the version it saw.
 */
export async function reviewRegistration(input: ReviewRegistrationInput): Promise<{ version: number }> {
  const user = await requireUser();
  const found = await db().registration.findUnique({ where: { id: input.registrationId }, select: { cycleId: true, agencyId: true } });
  if (!found) throw new AppError("NOT_FOUND", REGISTRATION_NOT_FOUND);
  const scope = await memberScope(found.cycleId, found.agencyId);
  authorize(user, ["registration:edit:own", "registration:read-all"], scope, { notFound: REGISTRATION_NOT_FOUND, hidden: true });
  const actor = registrationActor(user, scope);
  const denied = checkActor(input.decision, actor);
  if (denied && !denied.ok) throw refusalError(denied);

  return db().$transaction(async (tx) => {
    await requireReviewWindow(tx, scope.cycleId);
    const before = await loadRegistrationDetail(tx, input.registrationId);
    if (!before) throw new AppError("NOT_FOUND", REGISTRATION_NOT_FOUND);
    if (before.version !== input.version) throw await staleRegistration(tx, before.id);
    const command: RegistrationCommand = input.decision === "return" ? { action: "return", reason: input.reason } : { action: "accept" };
    const next = transition(before.status, command);
    if (!next.ok) throw refusalError(next);

    const isReturn = input.decision === "return";
    const { count } = await tx.registration.updateMany({
      where: { id: before.id, version: input.version },
      data: { status: next.to, decidedAt: new Date(), version: { increment: 1 }, ...(isReturn ? { returnReason: input.reason } : {}) },
    });
    if (count === 0) throw await staleRegistration(tx, before.id);
    const after = (await loadRegistrationDetail(tx, before.id))!;
    await writeAudit(tx, {
      actorId: user.userId,
      action: isReturn ? "registration.return" : "registration.accept",
      entity: "Registration",
      entityId: before.id,
      blocId: scope.blocId,
      before: { agencyId: scope.agencyId, ...auditSnapshot(before) },
      after: { agencyId: scope.agencyId, ...auditSnapshot(after) },
      reason: isReturn ? input.reason : null,
    });
    await notifyReviewed(tx, scope, isReturn ? input.reason : null);
    return { version: after.version };
  });
}
