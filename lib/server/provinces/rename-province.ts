import "server-only";
import { checkProvinceRename } from "@/lib/domain/provinces";
import { isoDay } from "@/lib/format";
import type { RenameProvinceInput } from "@/lib/schemas/provinces";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "./province-nodes";
import { PROVINCE_ADMINS_ONLY } from "./province-admins";

const STALE = "Tên tỉnh, thành phố vừa được người khác thay đổi. Trang đã hiện dữ liệu mới nhất, vui lòng xem lại.";

/**
 * Renames a province from `effectiveOn`: the old name is kept as a former
 * name until that day, so each year's blocs and documents keep the name of
 * their year (docs/decisions/0011). The name the form showed is the version:
 * a rename of a name changed meanwhile is a CONFLICT.
 */
export async function renameProvince(input: RenameProvinceInput): Promise<void> {
  const user = await requireUser();
  authorize(user, "province:manage", { provinceId: input.provinceId }, { forbidden: PROVINCE_ADMINS_ONLY });
  const effectiveOn = isoDay(input.effectiveOn);
  await db().$transaction(async (tx) => {
    const province = await tx.province.findUnique({ where: { id: input.provinceId }, include: { formerNames: { select: { name: true, until: true } } } });
    if (!province) throw new AppError("NOT_FOUND", "Không tìm thấy tỉnh, thành phố này.");
    if (province.name !== input.currentName) throw new AppError("CONFLICT", STALE);
    const errors = checkProvinceRename({
      province: {
        ...province,
        mergedOn: province.mergedOn ? isoDay(province.mergedOn) : null,
        formerNames: province.formerNames.map((f) => ({ name: f.name, until: isoDay(f.until) })),
      },
      newName: input.name,
      effectiveOn,
      others: await provinceNodes(tx),
    });
    if (errors) throw new AppError("INVALID_INPUT", "Chưa đổi được tên: vui lòng kiểm tra các trường được đánh dấu.", errors);
    const { count } = await tx.province.updateMany({ where: { id: province.id, name: input.currentName, mergedIntoId: null }, data: { name: input.name } });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    const former = await tx.provinceFormerName.create({ data: { provinceId: province.id, name: province.name, until: input.effectiveOn } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "province.rename",
      entity: "Province",
      entityId: province.id,
      blocId: null,
      before: { code: province.code, name: province.name },
      after: { code: province.code, name: input.name, formerName: { id: former.id, name: former.name, until: effectiveOn } },
    });
  });
}
