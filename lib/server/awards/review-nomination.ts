import "server-only";
import { nominationTransition, type NominationCommand } from "@/lib/domain/awards";
import type { ReviewNominationInput } from "@/lib/schemas/awards";
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
import { agencyStaff, notify } from "@/lib/notifications/notify";

export const CHAIR_ONLY = "Chỉ Trưởng khối được gửi, trả lại hoặc không đề nghị các đề nghị khen thưởng.";

/**
 * The bloc chair ("nomination:review") answers a PROPOSED nomination: send it up (eligibility
 * rechecked, the form's quota counted against the nominations already SENT — the form's row is
 * locked first so two sends cannot both take the last place), return it to the agency with a
 * reason, or reject it with a reason. While NOMINATION is open; audited with before/after; the
 * agency's leader and officers are told.
 */
export async function reviewNomination(input: ReviewNominationInput, step: Step = "write"): Promise<{ version: number }> {
  const user = await requireUser();
  const found = await db().nomination.findUnique({ where: { id: input.nominationId }, select: { cycleId: true, agencyId: true } });
  if (!found) throw new AppError("NOT_FOUND", NOMINATION_NOT_FOUND);
  const member = await memberScope(found.cycleId, found.agencyId);
  authorize(user, ["nomination:read-all", "nomination:edit:own"], member, { notFound: NOMINATION_NOT_FOUND, hidden: true });
  authorize(user, "nomination:review", member, { forbidden: CHAIR_ONLY });
  const { cycle } = member;

  return db().$transaction(async (tx) => {
    await requireOpenPhase(tx, cycle.id, "NOMINATION");
    const current = await tx.nomination.findUniqueOrThrow({ where: { id: input.nominationId }, select: { awardFormId: true } });
    // Serialises the sends of one form: the row lock is held until commit.
    await tx.$queryRaw`SELECT 1 FROM "AwardForm" WHERE "id" = ${current.awardFormId} FOR UPDATE`;
    const form = await tx.awardForm.findUniqueOrThrow({ where: { id: current.awardFormId } });
    const before = await tx.nomination.findUniqueOrThrow({ where: { id: input.nominationId }, select: NOMINATION_SELECT });
    if (before.version !== input.version) throw new AppError("CONFLICT", STALE_NOMINATION);

    let command: NominationCommand;
    if (input.decision === "send") {
      const ctx = await loadEligibilityContext(tx, cycle, [before.personId]);
      const alreadySent = await tx.nomination.count({ where: { awardFormId: form.id, status: "SENT" } });
      command = {
        action: "send",
        eligibility: eligibilityOf(ctx, before.agencyId, before.awardFormId, before.target === "INDIVIDUAL" ? before : null),
        form: { name: form.name, quotaKind: form.quotaKind, quotaValue: form.quotaValue?.toString() ?? null, quotaRounding: form.quotaRounding },
        members: ctx.memberCount,
        alreadySent,
      };
    } else {
      command = { action: input.decision, reason: input.reason };
    }
    const next = nominationTransition(before.status, command);
    if (!next.ok) throw nominationRefusal(next);
    stopIfChecking(step);
    const { count } = await tx.nomination.updateMany({
      where: { id: before.id, version: input.version },
      data: { status: next.to, statusReason: input.decision === "send" ? null : input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_NOMINATION);
    const after = await tx.nomination.findUniqueOrThrow({ where: { id: before.id }, select: NOMINATION_SELECT });
    await writeAudit(tx, {
      actorId: user.userId,
      action: `nomination.${input.decision}`,
      entity: "Nomination",
      entityId: before.id,
      blocId: cycle.blocId,
      before: nominationSnapshot(before),
      after: nominationSnapshot(after),
      reason: input.decision === "send" ? null : input.reason,
    });
    const staff = await agencyStaff(tx, [member.agencyId]);
    const nominee = `${after.personName ?? after.collectiveName ?? member.agencyName} (${form.name})`;
    await notify(tx, {
      kind: "NOMINATION_REVIEWED",
      recipients: staff.map((s) => s.userId),
      message:
        input.decision === "send"
          ? `Đề nghị khen thưởng ${nominee} năm ${cycle.year} đã được Trưởng khối gửi lên cấp có thẩm quyền.`
          : `Đề nghị khen thưởng ${nominee} năm ${cycle.year} ${input.decision === "return" ? "đã bị trả lại để sửa" : "không được Trưởng khối đề nghị"}. Lý do: ${input.reason}`,
      link: `/khoi/${encodeURIComponent(member.blocCode)}/${cycle.year}/khen-thuong/de-nghi`,
    });
    return { version: after.version };
  });
}
