import "server-only";
import { checkNewProvinceName } from "@/lib/domain/provinces";
import type { AddProvinceInput } from "@/lib/schemas/provinces";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "./province-nodes";
import { PROVINCE_ADMINS_ONLY } from "./province-admins";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/** Adds a province or centrally-run city (system administrators), audited. Returns its id. */
export async function addProvince(input: AddProvinceInput): Promise<string> {
  const user = await requireUser();
  authorize(user, "province:manage", { provinceId: null }, { forbidden: PROVINCE_ADMINS_ONLY });
  try {
    return await db().$transaction(async (tx) => {
      const nodes = await provinceNodes(tx);
      const errors = { ...checkNewProvinceName(input.name, nodes) };
      const sameCode = nodes.find((n) => n.code === input.code);
      if (sameCode) errors.code = [`Mã ${input.code} đã được dùng cho ${sameCode.name}.`];
      if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", CHECK_FIELDS, errors);
      const province = await tx.province.create({ data: { code: input.code, name: input.name } });
      await writeAudit(tx, { actorId: user.userId, action: "province.create", entity: "Province", entityId: province.id, blocId: null, after: province });
      return province.id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { code: [`Mã ${input.code} đã được dùng cho một tỉnh, thành phố khác.`] });
    throw e;
  }
}
