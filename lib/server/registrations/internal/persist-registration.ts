import "server-only";
import { checkActor, registrationActor, transition } from "@/lib/domain/registration";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationInput } from "@/lib/schemas/registration";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope } from "@/lib/server/authz/scopes";
import { recordLateSubmission, requireSubmissionWindow } from "@/lib/server/deadlines/internal/submission-window";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { notifySubmitted } from "./notify-registration";
import { REGISTRATION_NOT_FOUND, refusalError, staleRegistration } from "../registration-errors";
import { auditSnapshot, loadRegistrationDetail, registrationDetailSelect, toRegistrationDetail } from "../registration-detail";

/**
 * Saves an agency's registration as a draft, or saves and submits it, as one
 * transaction: the registration row, its titles and targets (replaced
 * whole), the audit entry and, on submit, the secretaries' notifications.
 * Shared by saveRegistration and submitRegistration.
 */
export async function persistRegistration(input: RegistrationInput, action: "saveDraft" | "submit"): Promise<{ id: string; version: number }> {
  const user = await requireUser();
  const scope = await memberScope(input.cycleId, input.agencyId);
  authorize(user, ["registration:edit:own", "registration:read-all"], scope, { notFound: REGISTRATION_NOT_FOUND, hidden: true });
  const actor = registrationActor(user, scope);
  const denied = checkActor(action, actor);
  if (denied && !denied.ok) throw refusalError(denied);

  const key = { cycleId_agencyId: { cycleId: scope.cycleId, agencyId: scope.agencyId } };
  try {
    return await db().$transaction(async (tx) => {
      // The agency's own window: its extension, or late within the year's grace (docs/decisions/0042-late-submission.md).
      const verdict = await requireSubmissionWindow(tx, scope.cycleId, scope.agencyId, "REGISTRATION");
      const row = await tx.registration.findUnique({ where: key, select: registrationDetailSelect });
      const before = row && toRegistrationDetail(row);
      if ((before?.version ?? 0) !== input.version) throw await staleRegistration(tx, before?.id ?? null);

      await requireCatalogueTitles(tx, scope.cycleId, scope.year, input.titleIds);
      const command = action === "submit" ? { action, titleCount: input.titleIds.length, targetCount: input.targets.length } : { action };
      const next = transition(before?.status ?? "DRAFT", command);
      if (!next.ok) throw refusalError(next);

      const data = { status: next.to, note: input.note, ...(action === "submit" ? { submittedAt: new Date() } : {}) };
      let id: string;
      if (before) {
        const { count } = await tx.registration.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
        if (count === 0) throw await staleRegistration(tx, before.id);
        id = before.id;
        await tx.registrationTitle.deleteMany({ where: { registrationId: id } });
        await tx.registrationTarget.deleteMany({ where: { registrationId: id } });
      } else {
        id = (await tx.registration.create({ data: { cycleId: scope.cycleId, agencyId: scope.agencyId, ...data }, select: { id: true } })).id;
      }
      await tx.registrationTitle.createMany({ data: input.titleIds.map((awardFormId) => ({ registrationId: id, awardFormId })) });
      await tx.registrationTarget.createMany({ data: input.targets.map((t) => ({ registrationId: id, ...t })) });

      const firstSubmission = action === "submit" && (before?.status ?? "DRAFT") === "DRAFT";
      const late = action === "submit" ? await recordLateSubmission(tx, { ...scope, step: "REGISTRATION", firstSubmission }, verdict) : {};
      const after = (await loadRegistrationDetail(tx, id))!;
      await writeAudit(tx, {
        actorId: user.userId,
        action: action === "submit" ? "registration.submit" : before ? "registration.update" : "registration.create",
        entity: "Registration",
        entityId: id,
        blocId: scope.blocId,
        before: before && { agencyId: scope.agencyId, ...auditSnapshot(before) },
        after: { agencyId: scope.agencyId, ...auditSnapshot(after), ...late },
      });
      if (action === "submit") await notifySubmitted(tx, scope);
      return { id, version: after.version };
    });
  } catch (e) {
    // Two first saves of the same agency's registration at once: the second is stale.
    if (isUniqueViolation(e)) {
      const winner = await db().registration.findUnique({ where: key, select: { id: true } });
      throw await staleRegistration(db(), winner?.id ?? null);
    }
    throw e;
  }
}

/** Only the cycle's collective titles may be registered (AwardForm, target COLLECTIVE). */
async function requireCatalogueTitles(tx: Prisma.TransactionClient, cycleId: string, year: number, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.awardForm.count({ where: { id: { in: ids }, cycleId, target: "COLLECTIVE" } });
  if (found !== ids.length) {
    const message = `Chỉ đăng ký được danh hiệu tập thể trong danh mục khen thưởng năm ${year}.`;
    throw new AppError("INVALID_INPUT", message, { titleIds: [message] });
  }
}
