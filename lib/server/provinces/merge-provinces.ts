import "server-only";
import { checkProvinceMerger } from "@/lib/domain/provinces";
import type { MergeProvincesInput } from "@/lib/schemas/provinces";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "./province-nodes";
import { PROVINCE_ADMINS_ONLY } from "./province-admins";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const CHECK_FIELDS = "Chưa hợp nhất được: vui lòng kiểm tra các trường được đánh dấu.";

/**
 * Merges provinces into an existing province or a new one from `mergedOn`
 * (e.g. Kon Tum into Quảng Ngãi from 01/07/2025, Nghị quyết số
 * 202/2025/QH15). Nothing is deleted: each merged province keeps its row,
 * blocs, agencies and history and points at the province that absorbed it,
 * whose council staff then reach it (docs/decisions/0011). Returns the
 * absorbing province's id.
 */
export async function mergeProvinces(input: MergeProvincesInput, step: Step = "write"): Promise<string> {
  const user = await requireUser();
  authorize(user, "province:manage", { provinceId: null }, { forbidden: PROVINCE_ADMINS_ONLY });
  try {
    return await db().$transaction(async (tx) => {
      // Lock the provinces involved, in a fixed order, so two crossing mergers cannot form a cycle.
      const involved = [...input.sourceIds, ...("existingId" in input.target ? [input.target.existingId] : [])].sort();
      await tx.$queryRaw`SELECT "id" FROM "Province" WHERE "id" = ANY(${involved}::text[]) ORDER BY "id" FOR UPDATE`;
      const nodes = await provinceNodes(tx);
      const target = input.target;
      const errors = { ...checkProvinceMerger(nodes, input.sourceIds, "existingId" in target ? target : { newName: target.newName }) };
      if ("newCode" in target) {
        const sameCode = nodes.find((n) => n.code === target.newCode);
        if (sameCode) errors.newCode = [`Mã ${target.newCode} đã được dùng cho ${sameCode.name}.`];
      }
      if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", CHECK_FIELDS, errors);

      stopIfChecking(step);
      const audit = (action: string, entityId: string, before: unknown, after: unknown) =>
        writeAudit(tx, { actorId: user.userId, action, entity: "Province", entityId, blocId: null, before, after, reason: input.mergerRef });
      let targetId: string;
      if ("existingId" in target) targetId = target.existingId;
      else {
        const created = await tx.province.create({ data: { code: target.newCode, name: target.newName } });
        await audit("province.create", created.id, null, created);
        targetId = created.id;
      }
      for (const sourceId of input.sourceIds) {
        const before = await tx.province.findUniqueOrThrow({ where: { id: sourceId } });
        const { count } = await tx.province.updateMany({
          where: { id: sourceId, mergedIntoId: null },
          data: { mergedIntoId: targetId, mergedOn: input.mergedOn, mergerRef: input.mergerRef },
        });
        if (count === 0) throw new AppError("CONFLICT", `${before.name} vừa được hợp nhất bởi người khác. Vui lòng tải lại trang.`);
        await audit("province.merge", sourceId, before, await tx.province.findUniqueOrThrow({ where: { id: sourceId } }));
      }
      return targetId;
    });
  } catch (e) {
    if (isUniqueViolation(e) && "newCode" in input.target) {
      throw new AppError("INVALID_INPUT", CHECK_FIELDS, { newCode: [`Mã ${input.target.newCode} đã được dùng cho một tỉnh, thành phố khác.`] });
    }
    throw e;
  }
}
