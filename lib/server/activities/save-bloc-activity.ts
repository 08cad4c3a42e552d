import "server-only";
import { activityDatesProblem } from "@/lib/domain/bloc-activity";
import type { SaveBlocActivityInput } from "@/lib/schemas/bloc-activities";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ACTIVITY_FORBIDDEN, ACTIVITY_NOT_FOUND, activityScope, isMember } from "./internal/activity-scope";

const STALE = "Hoạt động này đã được người khác cập nhật sau khi bạn mở trang. Trang đang hiển thị nội dung mới nhất; vui lòng kiểm tra rồi lưu lại.";

/**
 * Creates or edits a joint activity or contest of the bloc's year. The secretary and chair record
 * any; an agency's leader or officer records those its agency organises (and cannot hand one to
 * another agency). The linked criterion must be in the year's latest criteria table.
 */
export async function saveBlocActivity(input: SaveBlocActivityInput): Promise<{ id: string }> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  if (!cycle) throw new AppError("NOT_FOUND", CYCLE_NOT_FOUND);
  authorize(user, "bloc:read", { blocId: cycle.blocId }, { notFound: CYCLE_NOT_FOUND });
  const existing = input.activityId ? await activityScope(input.activityId) : null;
  if (input.activityId && (!existing || existing.cycle.id !== cycle.id)) throw new AppError("NOT_FOUND", ACTIVITY_NOT_FOUND);
  if (existing)
    authorize(user, ["activity:manage", "activity:edit:own"], { blocId: cycle.blocId, agencyId: existing.organiserId }, { forbidden: ACTIVITY_FORBIDDEN });
  authorize(user, ["activity:manage", "activity:edit:own"], { blocId: cycle.blocId, agencyId: input.organiserId }, { forbidden: ACTIVITY_FORBIDDEN });
  if (!(await isMember(cycle.blocId, input.organiserId, cycle.year)))
    throw new AppError("INVALID_INPUT", `Cơ quan tổ chức phải là thành viên của khối trong năm ${cycle.year}.`);
  const datesProblem = activityDatesProblem(cycle.year, input.startsOn, input.endsOn ?? null);
  if (datesProblem) throw new AppError("INVALID_INPUT", datesProblem);
  if (input.criterionCode) {
    const table = await db().criteriaTable.findFirst({
      where: { cycleId: cycle.id },
      orderBy: { version: "desc" },
      select: { criteria: { where: { code: input.criterionCode, type: { not: "GROUP" } }, select: { id: true } } },
    });
    if (!table?.criteria.length) throw new AppError("INVALID_INPUT", `Bảng tiêu chí năm ${cycle.year} không có tiêu chí mã ${input.criterionCode}.`);
  }

  const data = {
    kind: input.kind,
    title: input.title,
    organiserId: input.organiserId,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    description: input.description,
    criterionCode: input.criterionCode,
  };
  return db().$transaction(async (tx) => {
    if (!existing) {
      const created = await tx.blocActivity.create({ data: { ...data, cycleId: cycle.id }, select: { id: true } });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "activity.create",
        entity: "BlocActivity",
        entityId: created.id,
        blocId: cycle.blocId,
        after: data,
      });
      return created;
    }
    const before = await tx.blocActivity.findUniqueOrThrow({
      where: { id: existing.id },
      select: { kind: true, title: true, organiserId: true, startsOn: true, endsOn: true, description: true, criterionCode: true },
    });
    const updated = await tx.blocActivity.updateMany({
      where: { id: existing.id, version: input.version ?? -1 },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", STALE);
    await writeAudit(tx, {
      actorId: user.userId,
      action: "activity.update",
      entity: "BlocActivity",
      entityId: existing.id,
      blocId: cycle.blocId,
      before,
      after: data,
    });
    return { id: existing.id };
  });
}
