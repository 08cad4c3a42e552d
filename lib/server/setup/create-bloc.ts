import "server-only";
import { can } from "@/lib/domain/permissions";
import type { CreateBlocInput } from "@/lib/schemas/setup";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * Creates a bloc (council staff only: "bloc:create") with an empty cycle for
 * the current year, so its pages exist at once; the calendar is set later.
 * Returns where to continue: the bloc's code and that year.
 */
export async function createBloc(input: CreateBlocInput): Promise<{ code: string; year: number }> {
  const user = await requireUser();
  if (!can(user, "bloc:create", { blocId: "" })) throw new AppError("FORBIDDEN", "Chỉ quản trị viên (Hội đồng Thi đua – Khen thưởng) được lập khối mới.");
  if (input.provinceId && !(await db().province.findUnique({ where: { id: input.provinceId }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", CHECK_FIELDS, { provinceId: ["Không tìm thấy tỉnh, thành phố đã chọn."] });
  }
  const year = Number(todayInVietnam().slice(0, 4));
  try {
    await db().$transaction(async (tx) => {
      const bloc = await tx.bloc.create({
        data: { code: input.code, name: input.name, kind: input.kind, level: input.level, provinceId: input.provinceId, organiser: input.organiser },
      });
      const cycle = await tx.cycle.create({ data: { blocId: bloc.id, year } });
      await writeAudit(tx, { actorId: user.userId, action: "bloc.create", entity: "Bloc", entityId: bloc.id, blocId: bloc.id, after: bloc });
      await writeAudit(tx, { actorId: user.userId, action: "cycle.create", entity: "Cycle", entityId: cycle.id, blocId: bloc.id, after: cycle });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { code: [`Mã khối ${input.code} đã được dùng cho một khối khác.`] });
    throw e;
  }
  return { code: input.code, year };
}
