import "server-only";
import { can } from "@/lib/domain/permissions";
import type { SaveKeyTasksInput } from "@/lib/schemas/calendar";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { keyTasksVersion } from "./key-tasks-version";
import { requireOpenPhase } from "./require-open-phase";

const STALE =
  "Danh sách nhiệm vụ trọng tâm của cơ quan này đã được người khác cập nhật sau khi bạn mở trang. Trang đang hiển thị danh sách mới nhất; vui lòng kiểm tra rồi lưu lại.";

/**
 * Replaces an agency's numbered key tasks (nhiệm vụ trọng tâm) for the year.
 * The secretary and chair may edit any member's list at any time; an agency's
 * own leader or officer ("registration:edit:own") edits only its own, and only
 * while registration is open, since the tasks are announced with it (seed 002).
 */
export async function saveKeyTasks(input: SaveKeyTasksInput): Promise<void> {
  const user = await requireUser();
  const cycle = await db().cycle.findUnique({ where: { id: input.cycleId }, select: { id: true, blocId: true, year: true } });
  if (!cycle) throw new AppError("NOT_FOUND", "Không tìm thấy năm thi đua này.");
  authorize(user, "bloc:read", { blocId: cycle.blocId }, { notFound: "Không tìm thấy năm thi đua này." });
  const member = await db().membership.findUnique({
    where: { blocId_agencyId_year: { blocId: cycle.blocId, agencyId: input.agencyId, year: cycle.year } },
    select: { agency: { select: { name: true } } },
  });
  if (!member) throw new AppError("NOT_FOUND", `Cơ quan này không là thành viên của khối trong năm ${cycle.year}.`);
  authorize(
    user,
    ["cycle:manage", "registration:edit:own"],
    { blocId: cycle.blocId, agencyId: input.agencyId },
    {
      forbidden: "Chỉ Thư ký khối, Trưởng khối hoặc chính cơ quan được sửa nhiệm vụ trọng tâm của cơ quan.",
    },
  );
  const isManager = can(user, "cycle:manage", { blocId: cycle.blocId });

  try {
    await db().$transaction(async (tx) => {
      if (!isManager) await requireOpenPhase(tx, cycle.id, "REGISTRATION");
      const where = { cycleId: cycle.id, agencyId: input.agencyId };
      const current = await tx.agencyKeyTask.findMany({ where, orderBy: { order: "asc" }, select: { text: true } });
      const before = current.map((t) => t.text);
      if (keyTasksVersion(before) !== input.version) throw new AppError("CONFLICT", STALE);
      await tx.agencyKeyTask.deleteMany({ where });
      await tx.agencyKeyTask.createMany({ data: input.tasks.map((text, i) => ({ ...where, order: i + 1, text })) });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "key-tasks.update",
        entity: "AgencyKeyTask",
        entityId: `${cycle.id}/${input.agencyId}`,
        blocId: cycle.blocId,
        before: { agency: member.agency.name, tasks: before },
        after: { agency: member.agency.name, tasks: input.tasks },
      });
    });
  } catch (e) {
    // Two saves at once: the second one's inserts collide on (cycle, agency, order).
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", STALE);
    throw e;
  }
}
