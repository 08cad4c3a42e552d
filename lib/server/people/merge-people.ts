import "server-only";
import { planPersonMerge, type MergeSide } from "@/lib/domain/people/person-merge";
import { isoDay } from "@/lib/format";
import type { Step } from "@/lib/forms/step";
import type { MergePeopleInput } from "@/lib/schemas/people";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadEditablePerson, loadPerson, personSnapshot, type EditablePersonRow } from "./internal/editable-person";

const MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được gộp hồ sơ cá nhân trùng nhau.";

/**
 * "Gộp hồ sơ trùng" (docs/decisions/0041): two people of the bloc's member agencies who are one
 * person; the secretary or chair picks the one kept, which takes the other's records, agency
 * periods, nominations, decision items and role models in one transaction, then the other is
 * deleted. Refused as lib/domain/people/person-merge says (same year and title in both, two birth
 * years, periods overlapping). Both rows are locked and read again inside the transaction, so a
 * change made meanwhile is merged as it stands. Confirmed in a dialog (docs/decisions/0021); audited.
 */
export async function mergePeople(input: MergePeopleInput, step: Step = "write"): Promise<{ keptId: string }> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId: input.blocId });
  const keep = await loadEditablePerson(db(), user, input.blocId, input.year, input.keepId);
  const other = await loadEditablePerson(db(), user, input.blocId, input.year, input.mergeId);
  authorize(user, "person:manage", keep.scope, { forbidden: MANAGERS_ONLY });
  authorize(user, "person:manage", other.scope, { forbidden: MANAGERS_ONLY });

  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Person" WHERE id IN (${input.keepId}, ${input.mergeId}) ORDER BY id FOR UPDATE`;
    const kept = await loadPerson(tx, input.keepId);
    const merged = await loadPerson(tx, input.mergeId);
    if (!kept || !merged) throw new AppError("CONFLICT", "Một trong hai hồ sơ vừa được người khác thay đổi. Vui lòng tải lại trang.");
    const records = await tx.personRecord.findMany({
      where: { personId: { in: [kept.id, merged.id] } },
      select: { id: true, personId: true, year: true, code: true, name: true },
    });
    const side = (p: EditablePersonRow): MergeSide => ({
      name: p.name,
      birthYear: p.birthYear,
      records: records.filter((r) => r.personId === p.id),
      periods: p.agencies.map((a) => ({
        id: a.id,
        agencyId: a.agencyId,
        agencyName: a.agency.name,
        fromOn: a.fromOn && isoDay(a.fromOn),
        toOn: a.toOn && isoDay(a.toOn),
      })),
    });
    const plan = planPersonMerge(side(kept), side(merged));
    if (!plan.ok) throw new AppError("CONFLICT", plan.message);
    stopIfChecking(step);

    const from = { personId: merged.id };
    const to = { personId: kept.id };
    await tx.personAgency.deleteMany({ where: { id: { in: plan.dropPeriodIds } } });
    const moved = {
      records: (await tx.personRecord.updateMany({ where: from, data: to })).count,
      periods: (await tx.personAgency.updateMany({ where: from, data: to })).count,
      nominations: (await tx.nomination.updateMany({ where: from, data: to })).count,
      decisionItems: (await tx.decisionItem.updateMany({ where: from, data: to })).count,
      roleModels: (await tx.roleModel.updateMany({ where: from, data: to })).count,
    };
    await tx.person.update({ where: { id: kept.id }, data: { birthYear: plan.birthYear, version: { increment: 1 } } });
    await tx.person.delete({ where: { id: merged.id } });
    const after = (await loadPerson(tx, kept.id))!;
    await writeAudit(tx, {
      actorId: user.userId,
      action: "person.merge",
      entity: "Person",
      entityId: kept.id,
      blocId: input.blocId,
      before: { kept: personSnapshot(kept), merged: { id: merged.id, ...personSnapshot(merged) } },
      after: { ...personSnapshot(after), moved, droppedDuplicatePeriods: plan.dropPeriodIds.length },
    });
    return { keptId: kept.id };
  });
}
