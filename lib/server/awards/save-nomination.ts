import "server-only";
import { nominationTransition } from "@/lib/domain/awards";
import type { NominationInput } from "@/lib/schemas/awards";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope } from "@/lib/server/authz/scopes";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { nomineePerson } from "@/lib/server/people/internal/nominee-person";
import { requireNominableRoleModel } from "./internal/nominable-role-model";
import { NOMINATION_NOT_FOUND, NOMINATION_SELECT, nominationRefusal, nominationSnapshot, STALE_NOMINATION } from "./nomination-record";

export const AGENCY_ONLY = "Chỉ lãnh đạo và cán bộ thi đua của cơ quan được soạn đề nghị khen thưởng của cơ quan mình.";

/**
 * The agency (leader or officer, "nomination:edit:own") drafts a nomination or edits one that is
 * still DRAFT or was RETURNED: the award form of this year, and for an individual form the
 * person (chosen from the agency's people, or typed and then found or added: docs/decisions/0036)
 * and their position; the achievements in every case. While NOMINATION is open; an edit
 * names the version it saw. Audited.
 */
export async function saveNomination(input: NominationInput): Promise<{ id: string; version: number }> {
  const user = await requireUser();
  // An edit takes the cycle and agency from the stored nomination, never from the form.
  const existing = input.nominationId ? await db().nomination.findUnique({ where: { id: input.nominationId }, select: NOMINATION_SELECT }) : null;
  if (input.nominationId && !existing) throw new AppError("NOT_FOUND", NOMINATION_NOT_FOUND);
  const cycleId = existing?.cycleId ?? input.cycleId;
  const agencyId = existing?.agencyId ?? input.agencyId;
  const member = await memberScope(cycleId, agencyId);
  authorize(user, ["nomination:read-all", "nomination:edit:own"], member, { notFound: NOMINATION_NOT_FOUND, hidden: true });
  authorize(user, "nomination:edit:own", member, { forbidden: AGENCY_ONLY });
  const { cycle } = member;

  const form = await db().awardForm.findFirst({ where: { id: input.awardFormId, cycleId: cycle.id }, select: { id: true, target: true, name: true } });
  if (!form)
    throw new AppError("INVALID_INPUT", "Hình thức khen thưởng không có trong danh mục năm nay.", {
      awardFormId: ["Vui lòng chọn hình thức khen thưởng trong danh mục."],
    });
  const individual = form.target === "INDIVIDUAL";
  if (individual && !input.personName && !input.personId) {
    throw new AppError("INVALID_INPUT", "Đề nghị cá nhân cần người được đề nghị.", {
      personName: ["Vui lòng chọn người trong danh sách hoặc nhập họ tên cá nhân được đề nghị."],
    });
  }
  // A nomination from the register names a replicated role model of the same agency and year.
  if (input.roleModelId && !existing) await requireNominableRoleModel(input.roleModelId, cycle.id, agencyId);
  const fields = {
    awardFormId: form.id,
    target: form.target,
    collectiveName: individual ? null : input.collectiveName,
    personPosition: individual ? input.personPosition : null,
    personDiscipline: individual ? input.personDiscipline : null,
    achievements: input.achievements,
  };

  return db().$transaction(async (tx) => {
    await requireOpenPhase(tx, cycle.id, "NOMINATION");
    // The person is found or made only once the phase is known open (a refusal writes nothing).
    const person = individual ? await nomineePerson(tx, { ...input, agencyId }, { actorId: user.userId, blocId: cycle.blocId }) : null;
    const data = { ...fields, personId: person?.id ?? null, personName: person?.name ?? null };
    if (!existing) {
      const created = await tx.nomination.create({ data: { ...data, cycleId: cycle.id, agencyId, roleModelId: input.roleModelId }, select: NOMINATION_SELECT });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "nomination.create",
        entity: "Nomination",
        entityId: created.id,
        blocId: cycle.blocId,
        after: nominationSnapshot(created),
      });
      return { id: created.id, version: created.version };
    }
    const before = await tx.nomination.findUniqueOrThrow({ where: { id: existing.id }, select: NOMINATION_SELECT });
    if (before.version !== input.version) throw new AppError("CONFLICT", STALE_NOMINATION);
    const next = nominationTransition(before.status, { action: "save" });
    if (!next.ok) throw nominationRefusal(next);
    const { count } = await tx.nomination.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", STALE_NOMINATION);
    const after = await tx.nomination.findUniqueOrThrow({ where: { id: before.id }, select: NOMINATION_SELECT });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "nomination.update",
      entity: "Nomination",
      entityId: before.id,
      blocId: cycle.blocId,
      before: nominationSnapshot(before),
      after: nominationSnapshot(after),
    });
    return { id: after.id, version: after.version };
  });
}
