import "server-only";
import { canInProvince, canSomewhere } from "@/lib/domain/permissions";
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
  if (!canSomewhere(user, "bloc:create")) throw new AppError("FORBIDDEN", "Chỉ cán bộ Hội đồng Thi đua – Khen thưởng được lập khối mới.");
  if (input.provinceId && !(await db().province.findUnique({ where: { id: input.provinceId }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", CHECK_FIELDS, { provinceId: ["Không tìm thấy tỉnh, thành phố đã chọn."] });
  }
  // Council staff create blocs of their own province (or central blocs, at the central level) only.
  if (!canInProvince(user, "bloc:create", input.provinceId)) {
    const field = input.provinceId ? "provinceId" : "level";
    throw new AppError("INVALID_INPUT", CHECK_FIELDS, {
      [field]: [
        input.provinceId
          ? "Bạn chỉ lập được khối thuộc tỉnh, thành phố mình phụ trách."
          : "Bạn chỉ lập được khối thuộc tỉnh, thành phố mình phụ trách: vui lòng chọn tỉnh, thành phố.",
      ],
    });
  }
  const year = Number(todayInVietnam().slice(0, 4));
  const assignees = await findAssignees(input);
  try {
    await db().$transaction(async (tx) => {
      const bloc = await tx.bloc.create({
        data: { code: input.code, name: input.name, kind: input.kind, level: input.level, provinceId: input.provinceId, organiser: input.organiser },
      });
      const cycle = await tx.cycle.create({ data: { blocId: bloc.id, year } });
      await writeAudit(tx, { actorId: user.userId, action: "bloc.create", entity: "Bloc", entityId: bloc.id, blocId: bloc.id, after: bloc });
      await writeAudit(tx, { actorId: user.userId, action: "cycle.create", entity: "Cycle", entityId: cycle.id, blocId: bloc.id, after: cycle });
      for (const { role, userId, email } of assignees) {
        const grant = await tx.roleAssignment.create({ data: { userId, role, blocId: bloc.id } });
        await writeAudit(tx, {
          actorId: user.userId,
          action: "role.assign",
          entity: "RoleAssignment",
          entityId: grant.id,
          blocId: bloc.id,
          after: { role, email },
        });
      }
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { code: [`Mã khối ${input.code} đã được dùng cho một khối khác.`] });
    throw e;
  }
  return { code: input.code, year };
}

/** The accounts named as secretary and chair (council staff name them at creation); an unknown or inactive e-mail is a field error. */
async function findAssignees(input: CreateBlocInput) {
  const wanted = [
    { role: "SECRETARY" as const, field: "secretaryEmail", email: input.secretaryEmail },
    { role: "CHAIR" as const, field: "chairEmail", email: input.chairEmail },
  ].filter((w): w is typeof w & { email: string } => !!w.email);
  if (wanted.length === 0) return [];
  const users = await db().user.findMany({ where: { email: { in: wanted.map((w) => w.email) }, isActive: true }, select: { id: true, email: true } });
  const errors: Record<string, string[]> = {};
  const found = wanted.map((w) => {
    const u = users.find((x) => x.email === w.email);
    if (!u) errors[w.field] = [`Không có tài khoản đang hoạt động với email ${w.email}.`];
    return { role: w.role, userId: u?.id ?? "", email: w.email };
  });
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", CHECK_FIELDS, errors);
  return found;
}
